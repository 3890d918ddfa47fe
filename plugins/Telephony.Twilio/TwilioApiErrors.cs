using System.Globalization;
using System.Net;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Maps Twilio's REST answers and transport failures to <see cref="ProviderError"/>: a refused request is Permanent,
/// throttling and server errors are Transient (the hub's outbox retries), and a request that may have reached Twilio
/// without an answer is Unknown. A read (<c>acts</c> false) has no effect to be unsure of: what would be Unknown for a
/// create is Transient for it.
/// </summary>
internal static class TwilioApiErrors
{
    private const int AuthenticateErrorCode = 20003;

    /// <summary>An error answer. <paramref name="sent"/> are values that must not appear in the message (token, body).</summary>
    public static ProviderError FromAnswer(string what, HttpStatusCode status, string body, bool acts, params string?[] sent)
    {
        var (code, message, moreInfo) = Describe(body);
        var twilioSays = code is null && message is null
            ? string.Empty
            : $", Twilio error {code?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {TwilioErrorText.Clean(message ?? string.Empty, sent)}";
        var detail = $"Twilio answered an attempt to {what} with HTTP {(int)status}{twilioSays}" + (moreInfo is null ? "." : $" (see {moreInfo}).");
        return (int)status switch
        {
            401 => ProviderError.Permanent("bad_credentials", detail + " Check the account SID and auth token."),
            _ when code == AuthenticateErrorCode => ProviderError.Permanent("bad_credentials", detail + " Check the account SID and auth token."),
            408 or 429 => ProviderError.Transient("throttled", detail),
            >= 500 => ProviderError.Transient("twilio_unavailable", detail),
            >= 400 => ProviderError.Permanent("invalid_request", detail),
            _ => Unsure("unexpected_answer", $"Twilio answered an attempt to {what} with HTTP {(int)status}", acts),
        };
    }

    public static ProviderError Timeout(string what, bool acts = true) =>
        Unsure("timeout", $"Twilio did not answer an attempt to {what} in time", acts);

    public static ProviderError FromTransport(string what, HttpRequestException exception, bool acts = true) => exception.HttpRequestError switch
    {
        // Nothing reached Twilio: retrying is safe.
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError =>
            ProviderError.Transient("unreachable", $"could not connect to Twilio to {what} ({exception.HttpRequestError})."),
        _ => Unsure("connection_lost", $"the connection to Twilio failed during an attempt to {what} ({exception.HttpRequestError})", acts),
    };

    /// <summary>An outcome Twilio did not report: Unknown when the request may have acted, Transient for a read.</summary>
    public static ProviderError Unsure(string code, string detail, bool acts) => acts
        ? ProviderError.Unknown(code, detail + "; it may or may not have taken effect.")
        : ProviderError.Transient(code, detail + "; nothing was changed, so it can be tried again.");

    /// <summary>
    /// A rejection by the hub's resilience pipeline (Polly, which this plugin does not reference): a timeout may have
    /// let the request through; an open circuit or a rate limiter never sent it. Null for any other exception.
    /// </summary>
    public static ProviderError? FromResiliencePipeline(string what, Exception exception, bool acts = true)
    {
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Polly.ExecutionRejectedException")
            {
                return exception.GetType().FullName == "Polly.Timeout.TimeoutRejectedException"
                    ? Timeout(what, acts)
                    : ProviderError.Transient("unreachable", $"the hub's HTTP pipeline did not send the attempt to {what} ({exception.GetType().Name}).");
            }
        }

        return null;
    }

    private static (int? Code, string? Message, string? MoreInfo) Describe(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            var root = json.RootElement;
            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var moreInfo = root.TryGetProperty("more_info", out var i) && i.ValueKind == JsonValueKind.String
                && Uri.TryCreate(i.GetString(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps ? link.AbsoluteUri : null;
            return (code, message, moreInfo);
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }
}
