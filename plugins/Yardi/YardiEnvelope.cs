using System.Xml.Linq;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// A SOAP 1.1 request to ItfServiceRequests (pms-apis.md §1.1, §1.2): the operation element in the interface's
/// namespace holding the credentials in the documented order (<c>UserName</c>, <c>Password</c>, <c>ServerName</c>,
/// <c>Database</c>, <c>Platform</c>, <c>YardiPropertyId</c> for property-scoped operations, <c>InterfaceEntity</c>,
/// <c>InterfaceLicense</c>), then the operation's own parameters. Every value goes in as element text, never as markup.
/// </summary>
internal static class YardiEnvelope
{
    public const string InterfaceName = "ItfServiceRequests";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static readonly XNamespace Interface = $"http://tempuri.org/YSI.Interfaces.WebServices/{InterfaceName}";

    public static string SoapAction(string operation) => $"\"{Interface.NamespaceName}/{operation}\"";

    public static XElement Parameter(string name, object? content) => new(Interface + name, content);

    public static string Build(YardiSettings settings, string operation, bool propertyScoped, IEnumerable<XElement> parameters)
    {
        var body = new XElement(Interface + operation,
            Parameter("UserName", settings.UserName),
            Parameter("Password", settings.Password),
            Parameter("ServerName", settings.ServerName),
            Parameter("Database", settings.Database),
            Parameter("Platform", settings.Platform),
            propertyScoped ? Parameter("YardiPropertyId", settings.PropertyId) : null,
            Parameter("InterfaceEntity", settings.InterfaceEntity),
            Parameter("InterfaceLicense", settings.InterfaceLicense),
            parameters);
        var envelope = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soap", Soap.NamespaceName),
                new XElement(Soap + "Body", body)));
        return envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting);
    }
}
