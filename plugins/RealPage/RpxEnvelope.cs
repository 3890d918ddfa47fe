using System.Xml.Linq;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// Builds an RPX request: a SOAP 1.1 envelope whose body holds <c>tem:{op}</c>, the auth block first (pmcid, siteid,
/// username and password for registered vendors, licensekey, system, in the order public clients send them), then
/// the operation's arguments. Values only ever enter the XML as text nodes.
/// </summary>
internal static class RpxEnvelope
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Tem = RpxNames.Namespace;

    public static string Build(RpxSettings settings, string operation, IEnumerable<XElement> arguments)
    {
        var auth = new XElement(Tem + "auth",
            new XElement(Tem + "pmcid", settings.PmcId),
            new XElement(Tem + "siteid", settings.SiteId),
            settings.UserName is null ? null : new XElement(Tem + "username", settings.UserName),
            settings.Password is null ? null : new XElement(Tem + "password", settings.Password),
            new XElement(Tem + "licensekey", settings.LicenseKey),
            new XElement(Tem + "system", settings.System));
        var envelope = new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "tem", Tem.NamespaceName),
            new XElement(Soap + "Header"),
            new XElement(Soap + "Body", new XElement(Tem + operation, auth, arguments)));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + envelope.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>An element in the RPX namespace with child elements or text.</summary>
    public static XElement E(string name, params object?[] content) => new(Tem + name, content);
}
