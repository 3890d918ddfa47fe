using System.Text;
using System.Xml.Linq;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace AiPhoneCoverage.Simulators;

/// <summary>The simulated gateway's answers: WCF SOAP 1.1 envelopes, <c>s:Fault</c>s, bare gateway pages and broken bodies.</summary>
internal static class RpxSoap
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Tem = "http://tempuri.org/";
    public const string ActionPrefix = "http://tempuri.org/IRPXService/";

    /// <summary>HTTP 200 with <c>{op}Response/{op}Result</c> around <paramref name="result"/>'s children.</summary>
    public static ResponseMessage Answer(string operation, params object?[] result) =>
        Xml(200, new XElement(Tem + operation + "Response", new XElement(Tem + operation + "Result", result)));

    /// <summary>HTTP 500 with a SOAP 1.1 fault, as WCF sends it.</summary>
    public static ResponseMessage Fault(string faultCode, string faultString) =>
        Xml(500, new XElement(Envelope + "Fault",
            new XElement("faultcode", faultCode),
            new XElement("faultstring", new XAttribute(XNamespace.Xml + "lang", "en-US"), faultString)));

    /// <summary>The gateway's own HTML error page, without any SOAP body.</summary>
    public static ResponseMessage GatewayPage(int status)
    {
        var title = status == 502 ? "502 Bad Gateway" : "503 Service Unavailable";
        return Text(status, "text/html", $"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>The server is temporarily unable to service your request.</p></body></html>");
    }

    /// <summary>HTTP 200 that claims to be SOAP but stops in the middle of the body.</summary>
    public static ResponseMessage Truncated(string operation) =>
        Text(200, "text/xml; charset=utf-8", $"<s:Envelope xmlns:s=\"{Envelope}\"><s:Body><{operation}Response xmlns=\"{Tem}\"><{operation}Res");

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
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Envelope + "Envelope", new XAttribute(XNamespace.Xmlns + "s", Envelope), new XElement(Envelope + "Body", bodyContent)));
        return Text(status, "text/xml; charset=utf-8", document.Declaration + document.ToString(SaveOptions.DisableFormatting));
    }
}
