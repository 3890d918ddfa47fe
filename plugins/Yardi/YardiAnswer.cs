using System.Net;
using System.Xml.Linq;
using AiPhoneCoverage.Plugins.Shared;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Reads an ItfServiceRequests answer (pms-apis.md §1.1, §1.7) down to its <c>{Op}Result</c> element: an HTTP 500
/// soap:Fault (soap:Client: the request was unreadable, Permanent; soap:Server: Transient), an empty result (the legacy
/// login refusal), or <c>Messages/Message[@messageType="Error"]</c> become errors; per-record <c>ErrorMessages</c> are
/// left to the caller.
/// </summary>
internal static class YardiAnswer
{
    public static Result<XElement> Read(HttpStatusCode status, string? content, string operation, string what, YardiCallKind kind, YardiSettings settings)
    {
        if (SoapXml.Parse(content, out var problem) is not { } document)
        {
            return status == HttpStatusCode.OK ? YardiTransportErrors.Unreadable(what, kind, problem) : YardiTransportErrors.FromStatus(status, what, kind);
        }

        var body = document.Root?.Element(YardiEnvelope.Soap + "Body");
        if (body?.Element(YardiEnvelope.Soap + "Fault") is { } fault)
        {
            var text = YardiErrorText.Clean(fault.Element("faultstring")?.Value ?? string.Empty, settings.Secrets);
            return (fault.Element("faultcode")?.Value ?? string.Empty).EndsWith("Client", StringComparison.Ordinal)
                ? ProviderError.Permanent("invalid_request", $"Yardi could not read the request for an attempt to {what}: {text}")
                : ProviderError.Transient("yardi_unavailable", $"Yardi failed while processing an attempt to {what}: {text}");
        }

        if (status != HttpStatusCode.OK)
        {
            return YardiTransportErrors.FromStatus(status, what, kind);
        }

        if (body?.Element(YardiEnvelope.Interface + $"{operation}Response")?.Element(YardiEnvelope.Interface + $"{operation}Result") is not { } result)
        {
            return YardiTransportErrors.Unreadable(what, kind);
        }

        if (!result.HasElements && result.Value.Trim().Length == 0)
        {
            // Older Voyager versions refuse a login with an empty result rather than a message.
            return YardiErrors.BadLogin(what);
        }

        var error = result.Elements().Where(e => e.Name.LocalName == "Messages").Elements()
            .FirstOrDefault(m => m.Name.LocalName == "Message" && string.Equals((string?)m.Attribute("messageType"), "Error", StringComparison.OrdinalIgnoreCase));
        return error is null ? result : YardiErrors.FromText(error.Value.Trim(), what, settings);
    }

    /// <summary>The per-record errors of a result document: <c>ErrorMessages/Error</c> and the singular <c>ErrorMessage</c>.</summary>
    public static IReadOnlyList<string> RecordErrors(XElement record) =>
        record.Elements().Where(e => e.Name.LocalName == "ErrorMessages").Elements().Where(e => e.Name.LocalName == "Error")
            .Concat(record.Elements().Where(e => e.Name.LocalName == "ErrorMessage"))
            .Select(e => e.Value.Trim())
            .Where(t => t.Length > 0)
            .ToList();
}
