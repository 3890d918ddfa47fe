using System.Xml;
using System.Xml.Linq;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One SOAP 1.1 request as an ASMX service reads it: the operation comes from the SOAPAction header (the body's root
/// element when there is none) and must match the body; parameters are the operation element's children in the
/// interface's namespace (unqualified ones are ignored, as ASMX ignores them).
/// </summary>
internal sealed class YardiSoapRequest
{
    private YardiSoapRequest(string operation, XElement body, XNamespace ns)
    {
        Operation = operation;
        Body = body;
        Namespace = ns;
    }

    public string Operation { get; }

    public XElement Body { get; }

    public XNamespace Namespace { get; }

    /// <summary>A parameter's trimmed text, or null when it is missing or empty.</summary>
    public string? Field(string name) =>
        Body.Element(Namespace + name) is { } element && element.Value.Trim() is { Length: > 0 } value ? value : null;

    public XElement? Child(string name) => Body.Element(Namespace + name);

    /// <summary>Reads the request, or says which SOAP fault ASMX would answer instead (faultcode soap:Client).</summary>
    public static YardiSoapRequest? Parse(IRequestMessage message, XNamespace ns, IReadOnlyCollection<string> operations, out string? fault)
    {
        var action = message.Headers?.FirstOrDefault(h => string.Equals(h.Key, "SOAPAction", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()?.Trim().Trim('"');
        XDocument document;
        try
        {
            document = XDocument.Parse(message.Body ?? string.Empty);
        }
        catch (XmlException ex)
        {
            fault = $"Server was unable to read request. ---> There is an error in XML document ({ex.LineNumber}, {ex.LinePosition}). ---> {ex.Message}";
            return null;
        }

        var body = document.Root is { } root && root.Name == YardiSoap.Envelope + "Envelope" ? root.Element(YardiSoap.Envelope + "Body")?.Elements().FirstOrDefault() : null;
        var operation = string.IsNullOrEmpty(action)
            ? body?.Name.Namespace == ns ? body.Name.LocalName : null
            : action.StartsWith(ns.NamespaceName + "/", StringComparison.Ordinal) ? action[(ns.NamespaceName.Length + 1)..] : null;
        if (operation is null || !operations.Contains(operation))
        {
            fault = $"Server did not recognize the value of HTTP Header SOAPAction: {action}.";
            return null;
        }

        if (body is null || body.Name != ns + operation)
        {
            fault = body is null
                ? "Server was unable to read request. ---> There is an error in XML document (1, 1). ---> The request has no soap:Envelope/soap:Body."
                : $"Server was unable to read request. ---> There is an error in XML document (1, 1). ---> <{body.Name.LocalName} xmlns='{body.Name.NamespaceName}'> was not expected.";
            return null;
        }

        fault = null;
        return new YardiSoapRequest(operation, body, ns);
    }
}
