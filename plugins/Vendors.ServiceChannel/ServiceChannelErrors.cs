using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// Maps ServiceChannel's answers and transport failures to <see cref="ProviderError"/>. Refusals (400 with the field
/// at fault, 401 after a fresh token, 403, 404) are Permanent; 408, 429 and 5xx Transient; no connection, or the hub's
/// pipeline refusing to send, Transient; a create whose outcome is not known (timeout or lost connection after
/// sending, success without an id) Unknown.
/// </summary>
internal static class ServiceChannelErrors
{
    // ModelState keys end with the attribute at fault (ContractInfo.TradeName, request.Priority, ...).
    private static readonly (string Field, string Code)[] FieldCodes =
    [
        ("TradeName", "unknown_trade"),
        ("Priority", "unknown_priority"),
        ("LocationId", "unknown_location"),
        ("StoreId", "unknown_location"),
        ("ProviderId", "unknown_provider"),
        ("SubscriberId", "unknown_subscriber"),
        ("Category", "unknown_category"),
        ("Nte", "invalid_nte"),
    ];

    public static ProviderError FromAnswer(int status, string? body, TimeSpan? retryAfter, string what, string notFoundCode, IEnumerable<string?> sensitive)
    {
        var error = Describe(body);
        var detail = $"ServiceChannel answered an attempt to {what} with HTTP {status.ToString(CultureInfo.InvariantCulture)}{Says(error, sensitive)}";
        var wait = retryAfter is { } after ? $"; retry after {Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture)} s" : string.Empty;
        return status switch
        {
            401 or 403 => ProviderError.Permanent("bad_credentials", detail + ". Check the vendor's clientId and clientSecret, and that the app may act for the subscriber."),
            404 => ProviderError.Permanent(notFoundCode, detail + "."),
            408 => ProviderError.Transient("timeout", detail + "."),
            429 => ProviderError.Throttled(detail + (wait.Length > 0 ? wait : "; retry later") + ".", retryAfter),
            400 or 422 => ProviderError.Permanent(FieldCode(error) ?? "invalid_request", detail + "."),
            >= 500 => ProviderError.Transient("vendor_unavailable", detail + wait + ".") with { RetryAfter = retryAfter },
            _ => ProviderError.Permanent("unexpected_answer", detail + "."),
        };
    }

    /// <summary>The token endpoint refused or failed: nothing was dispatched, so nothing here is Unknown.</summary>
    public static ProviderError FromTokenAnswer(int status, string? body, TimeSpan? retryAfter, IEnumerable<string?> sensitive) =>
        status is 400 or 401 or 403
            ? ProviderError.Permanent(
                "bad_credentials",
                $"ServiceChannel's token endpoint refused the client credentials with HTTP {status.ToString(CultureInfo.InvariantCulture)}{Says(Describe(body), sensitive)}. Check the vendor's authUrl, clientId and clientSecret.")
            : FromAnswer(status, body, retryAfter, "get an access token", "not_found", sensitive);

    public static ProviderError Timeout(string what, bool isWrite) => isWrite
        ? ProviderError.Unknown("timeout", $"ServiceChannel did not answer an attempt to {what} in time; it may have taken effect (a retry searches by correlation key first).")
        : ProviderError.Transient("timeout", $"ServiceChannel did not answer an attempt to {what} in time.");

    /// <summary>A request that got no answer: whether it may have reached ServiceChannel decides the kind.</summary>
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
                return ProviderError.Transient("unreachable", $"could not connect to ServiceChannel to {what} ({refused.HttpRequestError}).");
            }

            if (e is OperationCanceledException or TimeoutException)
            {
                return Timeout(what, isWrite);
            }
        }

        return isWrite
            ? ProviderError.Unknown("connection_lost", $"the connection to ServiceChannel failed during an attempt to {what}; it may have taken effect (a retry searches by correlation key first).")
            : ProviderError.Transient("connection_lost", $"the connection to ServiceChannel failed during an attempt to {what}.");
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

    private static string Says(ErrorDto? error, IEnumerable<string?> sensitive)
    {
        var messages = error is null
            ? []
            : new[] { error.Error, error.ErrorDescription, error.Message }
                .Concat(error.ModelState?.SelectMany(p => p.Value.Select(m => $"{m} ({p.Key})")) ?? [])
                .Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        return messages.Count == 0 ? string.Empty : ": " + ErrorText.Clean(string.Join("; ", messages), sensitive);
    }

    private static string? FieldCode(ErrorDto? error) =>
        error?.ModelState?.Keys
            .Select(key => FieldCodes.FirstOrDefault(f => key.EndsWith(f.Field, StringComparison.OrdinalIgnoreCase)).Code)
            .FirstOrDefault(code => code is not null);

    private static ErrorDto? Describe(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ServiceChannelJson.Default.ErrorDto);
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
