using System.Globalization;
using System.Net;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Maps Twilio's REST answers and transport failures to <see cref="ProviderError"/>: a refused request is Permanent,
/// throttling and server errors are Transient (the hub's outbox retries), and a request that may have reached Twilio
/// without an answer is Unknown.
/// </summary>
internal static class TwilioApiErrors
{
    private const int AuthenticateErrorCode = 20003;

    /// <summary>An error answer. <paramref name="sent"/> are values that must not appear in the message (token, body).</summary>
    public static ProviderError FromAnswer(string what, HttpStatusCode status, string body, params string?[] sent)
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
            _ => ProviderError.Unknown("unexpected_answer", $"Twilio answered an attempt to {what} with HTTP {(int)status}; it may or may not have taken effect."),
        };
    }

    public static ProviderError Timeout(string what) =>
        ProviderError.Unknown("timeout", $"Twilio did not answer an attempt to {what} in time; it may or may not have taken effect.");

    public static ProviderError FromTransport(string what, HttpRequestException exception) => exception.HttpRequestError switch
    {
        // Nothing reached Twilio: retrying is safe.
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError =>
            ProviderError.Transient("unreachable", $"could not connect to Twilio to {what} ({exception.HttpRequestError})."),
        _ => ProviderError.Unknown("connection_lost", $"the connection to Twilio failed during an attempt to {what} ({exception.HttpRequestError}); it may or may not have taken effect."),
    };

    /// <summary>
    /// A rejection by the hub's resilience pipeline (Polly, which this plugin does not reference): a timeout may have
    /// let the request through; an open circuit or a rate limiter never sent it. Null for any other exception.
    /// </summary>
    public static ProviderError? FromResiliencePipeline(string what, Exception exception)
    {
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Polly.ExecutionRejectedException")
            {
                return exception.GetType().FullName == "Polly.Timeout.TimeoutRejectedException"
                    ? Timeout(what)
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
