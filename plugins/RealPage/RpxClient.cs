using System.Xml.Linq;
using AiPhoneCoverage.Plugins.Shared;
using AiPhoneCoverage.Sdk;
using RestSharp;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// Sends one RPX operation over the hub's named HTTP client with RestSharp: POST to the partner's .svc with
/// <c>SOAPAction: "http://tempuri.org/IRPXService/{op}"</c>, and answers the <c>{op}Result</c> element or a mapped
/// error. Never retries: the hub's pipeline and outbox own retries.
/// </summary>
internal sealed class RpxClient(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "realpage";

    public async Task<Result<XElement>> CallAsync(
        RpxSettings settings, string operation, RpxCallKind kind, IEnumerable<XElement> arguments, CancellationToken cancellationToken)
    {
        var request = new RestRequest(settings.Endpoint, Method.Post);
        request.AddHeader("SOAPAction", $"\"{RpxNames.ActionPrefix}{operation}\"");
        request.AddHeader("Accept", "text/xml");
        request.AddStringBody(RpxEnvelope.Build(settings, operation, arguments), "text/xml");

        RestResponse response;
        try
        {
            using var client = new RestClient(httpClientFactory.CreateClient(HttpClientName), disposeHttpClient: true);
            response = await client.ExecuteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return RpxErrors.FromTransport(operation, kind, ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        // RestSharp reports an HTTP error status as ResponseStatus.Error too: only a missing status line is a transport failure.
        if (response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Aborted || response.StatusCode == 0)
        {
            return RpxErrors.FromTransport(operation, kind, response.ErrorException, response.ResponseStatus == ResponseStatus.TimedOut);
        }

        var status = (int)response.StatusCode;
        var body = Parse(response.Content, out var unreadable);
        if (body?.Elements().FirstOrDefault() is { Name.LocalName: "Fault" } fault)
        {
            return RpxErrors.FromFault(operation, Child(fault, "faultcode") ?? string.Empty, FaultText(fault), settings.Secrets);
        }

        if (status == 200)
        {
            var result = body?.Elements().FirstOrDefault(e => e.Name.LocalName == operation + "Response")
                ?.Elements().FirstOrDefault(e => e.Name.LocalName == operation + "Result");
            return result is not null ? result : RpxErrors.Malformed(operation, kind, unreadable);
        }

        return RpxErrors.FromStatus(operation, status, RetryAfter(response));
    }

    /// <summary>The SOAP Body element, or null when the text is not a SOAP envelope (with why, when it is not XML we read).</summary>
    private static XElement? Parse(string? content, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        var root = SoapXml.Parse(content, out problem)?.Root;
        return root?.Name.LocalName == "Envelope" ? root.Elements().FirstOrDefault(e => e.Name.LocalName == "Body") : null;
    }

    /// <summary>SOAP 1.1 <c>faultstring</c>, or SOAP 1.2 <c>Reason/Text</c>.</summary>
    private static string FaultText(XElement fault) =>
        Child(fault, "faultstring") ?? fault.Descendants().FirstOrDefault(e => e.Name.LocalName == "Text")?.Value.Trim() ?? string.Empty;

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();

    private static int? RetryAfter(RestResponse response)
    {
        var header = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value;
        return int.TryParse(header, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
    }
}
