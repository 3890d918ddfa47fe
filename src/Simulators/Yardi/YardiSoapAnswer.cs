using System.Text;
using System.Xml.Linq;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated ASMX service's answers: <c>{Op}Response/{Op}Result</c> envelopes whose result holds an unqualified XML
/// document (the WSDL types it as mixed <c>any</c>), Yardi's in-body error messages, and ASMX's soap:Fault.
/// </summary>
internal static class YardiSoapAnswer
{
    public static ResponseMessage Result(XNamespace ns, string operation, params object?[] content) =>
        Xml(200, new XElement(ns + $"{operation}Response", new XElement(ns + $"{operation}Result", content)));

    /// <summary><c>Messages/Message[@messageType="Error"]</c>: how Voyager refuses a login, a licence or a request it cannot parse.</summary>
    public static ResponseMessage Error(XNamespace ns, string operation, string text) =>
        Result(ns, operation, new XElement("Messages", new XElement("Message", new XAttribute("messageType", "Error"), text)));

    /// <summary>An ASMX fault with HTTP 500: <c>soap:Client</c> for a request it could not read, <c>soap:Server</c> otherwise.</summary>
    public static ResponseMessage Fault(bool client, string text) =>
        Xml(500, new XElement(YardiSoap.Envelope + "Fault",
            new XElement("faultcode", client ? "soap:Client" : "soap:Server"),
            new XElement("faultstring", text),
            new XElement("detail")));

    /// <summary>A 200 whose body breaks off in the middle of the envelope.</summary>
    public static ResponseMessage Truncated(XNamespace ns, string operation) =>
        Text(200, "text/xml; charset=utf-8", $"""<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{YardiSoap.Envelope.NamespaceName}"><soap:Body><{operation}Response xmlns="{ns.NamespaceName}"><{operation}Result><Servi""");

    public static ResponseMessage Text(int status, string contentType, string body)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", contentType);
        return response;
    }

    private static ResponseMessage Xml(int status, XElement bodyContent)
    {
        var envelope = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(YardiSoap.Envelope + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soap", YardiSoap.Envelope.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xsi", YardiSoap.Xsi.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xsd", YardiSoap.Xsd.NamespaceName),
                new XElement(YardiSoap.Envelope + "Body", bodyContent)));
        return Text(status, "text/xml; charset=utf-8", envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting));
    }
}
