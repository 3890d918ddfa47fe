using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One SOAP call to the gateway: the operation named by the SOAPAction, its body element, and the auth block that
/// must be that element's first child. Elements are read by local name, so any prefix for <c>http://tempuri.org/</c> works.
/// </summary>
internal sealed class RpxCall
{
    private RpxCall(string operation, XElement body, XElement? auth)
    {
        Operation = operation;
        Body = body;
        Auth = auth;
    }

    public string Operation { get; }

    public XElement Body { get; }

    public XElement? Auth { get; }

    /// <summary>The call, or the fault WCF would answer: an unknown action, or a body that is not the action's element.</summary>
    public static (RpxCall? Call, WireMock.ResponseMessage? Refusal) Parse(string? soapAction, string? body, IReadOnlyCollection<string> operations)
    {
        var action = soapAction?.Trim().Trim('"') ?? string.Empty;
        var operation = action.StartsWith(RpxSoap.ActionPrefix, StringComparison.Ordinal) ? action[RpxSoap.ActionPrefix.Length..] : null;
        if (operation is null || !operations.Contains(operation))
        {
            return (null, RpxSoap.Fault("a:ActionNotSupported",
                $"The message with Action '{action}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher."));
        }

        XElement? element;
        try
        {
            element = XDocument.Parse(body ?? string.Empty).Root?.Element(RpxSoap.Envelope + "Body")?.Elements().FirstOrDefault();
        }
        catch (XmlException)
        {
            element = null;
        }

        if (element is null || element.Name.LocalName != operation || element.Name.Namespace != RpxSoap.Tem)
        {
            return (null, RpxSoap.Fault("s:Client", $"Error in deserializing body of request message for operation '{operation}'."));
        }

        var first = element.Elements().FirstOrDefault();
        return (new RpxCall(operation, element, first?.Name.LocalName == "auth" ? first : null), null);
    }

    /// <summary>The trimmed text of the auth block's field, or null when absent or empty.</summary>
    public string? AuthField(string name) => Text(Auth?.Elements().FirstOrDefault(e => e.Name.LocalName == name));

    /// <summary>The operation's argument element (the body's child after auth) with this local name.</summary>
    public XElement? Argument(string name) => Body.Elements().Skip(Auth is null ? 0 : 1).FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The trimmed text of a child field of <paramref name="parent"/>, or null when absent or empty.</summary>
    public static string? Field(XElement? parent, string name) => Text(parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name));

    private static string? Text(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}
