using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// Maps a vendor's refusals and transport failures to <see cref="ProviderError"/>: 400, 401, 403, 404 (and other 4xx)
/// are Permanent; 408, 429 and 5xx Transient; no connection, or the hub's pipeline refusing to send, Transient; a
/// timeout or a lost connection after the webhook was sent Unknown (the vendor may have the job). Messages quote only
/// the <c>error</c> or <c>message</c> of a JSON body, cleaned of the secrets and the work order's own text.
/// </summary>
internal static class VendorErrors
{
    public static ProviderError FromAnswer(int status, string? body, TimeSpan? retryAfter, string what, string notFoundCode, IEnumerable<string?> sensitive)
    {
        var says = Reason(body) is { } reason ? ": " + ErrorText.Clean(reason, sensitive) : string.Empty;
        var detail = $"the vendor answered an attempt to {what} with HTTP {status.ToString(CultureInfo.InvariantCulture)}{says}";
        var wait = retryAfter is { } after ? $"; retry after {Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture)} s" : string.Empty;
        return status switch
        {
            401 or 403 => ProviderError.Permanent("bad_signature", detail + ". The vendor refused the signature: check that signingSecret is the secret the vendor holds."),
            404 => ProviderError.Permanent(notFoundCode, detail + "."),
            408 => ProviderError.Transient("timeout", detail + "."),
            429 => ProviderError.Throttled(detail + (wait.Length > 0 ? wait : "; retry later") + ".", retryAfter),
            >= 500 => ProviderError.Transient("vendor_unavailable", detail + wait + ".") with { RetryAfter = retryAfter },
            _ => ProviderError.Permanent("invalid_request", detail + "."),
        };
    }

    public static ProviderError Timeout(string what, bool isWrite) => isWrite
        ? ProviderError.Unknown("timeout", $"the vendor did not answer an attempt to {what} in time; it may have the job (a retry carries the same Idempotency-Key).")
        : ProviderError.Transient("timeout", $"the vendor did not answer an attempt to {what} in time.");

    /// <summary>A request that got no answer: whether it may have reached the vendor decides the kind.</summary>
    public static ProviderError FromTransport(Exception? exception, string what, bool isWrite)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (IsPollyRejection(e, out var timedOut))
            {
                return timedOut
                    ? Timeout(what, isWrite)
                    : ProviderError.Transient("unreachable", $"the hub's HTTP pipeline did not send the attempt to {what} ({e.GetType().Name}).");
            }

            if (e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } refused)
            {
                return ProviderError.Transient("unreachable", $"could not connect to the vendor to {what} ({refused.HttpRequestError}).");
            }

            if (e is OperationCanceledException or TimeoutException)
            {
                return Timeout(what, isWrite);
            }
        }

        return isWrite
            ? ProviderError.Unknown("connection_lost", $"the connection to the vendor failed during an attempt to {what}; it may have the job (a retry carries the same Idempotency-Key).")
            : ProviderError.Transient("connection_lost", $"the connection to the vendor failed during an attempt to {what}.");
    }

    /// <summary>Retry-After as seconds or as an HTTP date.</summary>
    public static TimeSpan? RetryAfter(string? header, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (int.TryParse(header.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(header.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    // Only the error or message of a JSON body: a vendor's page or echo of the request stays out of operators' messages.
    private static string? Reason(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var refusal = JsonSerializer.Deserialize(body, GenericJson.Default.VendorRefusal);
            return new[] { refusal?.Error, refusal?.Message }.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The hub's resilience pipeline is Polly, which this plugin does not reference: recognise its rejections by name.
    private static bool IsPollyRejection(Exception exception, out bool timedOut)
    {
        timedOut = exception.GetType().FullName == "Polly.Timeout.TimeoutRejectedException";
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Polly.ExecutionRejectedException")
            {
                return true;
            }
        }

        return false;
    }
}
