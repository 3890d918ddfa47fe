using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// Maps AppFolio's answers and transport failures to <see cref="ProviderError"/>. Refusals are Permanent (bad
/// credentials, an unknown property, unit, occupancy or value), throttling and server errors Transient, and a write
/// whose outcome is not known (timeout or lost connection after sending, success without an id) Unknown.
/// </summary>
internal static class AppFolioErrors
{
    private static readonly Dictionary<string, string> FieldCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PropertyId"] = "unknown_property",
        ["UnitId"] = "unknown_unit",
        ["OccupancyId"] = "unknown_resident",
        ["Priority"] = "unknown_priority",
        ["VendorTrade"] = "unknown_category",
        ["Status"] = "unknown_status",
        ["VendorId"] = "unknown_vendor",
    };

    /// <summary>An answer other than success. <paramref name="notFoundCode"/> names what a 404 means for this request.</summary>
    public static ProviderError FromAnswer(
        int status, string? body, TimeSpan? retryAfter, string what, string notFoundCode, IEnumerable<string?> sensitive)
    {
        var errors = Describe(body);
        var says = errors.Count == 0
            ? string.Empty
            : ": " + ErrorText.Clean(string.Join("; ", errors.Select(e => e.Field is null ? e.Message : $"{e.Message} ({e.Field})")), sensitive);
        var detail = $"AppFolio answered an attempt to {what} with HTTP {status.ToString(CultureInfo.InvariantCulture)}{says}";
        var wait = retryAfter is { } after ? $"; retry after {Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture)} s" : string.Empty;
        return status switch
        {
            401 or 403 => ProviderError.Permanent("bad_credentials", detail + ". Check the property's clientId and clientSecret (Stack API credentials)."),
            404 => ProviderError.Permanent(notFoundCode, detail + (notFoundCode == "not_found" ? ". Check the property's baseUrl." : ".")),
            406 => ProviderError.Permanent("not_acceptable", detail + "."),
            408 => ProviderError.Transient("timeout", detail + "."),
            429 => ProviderError.Transient("throttled", detail + (wait.Length > 0 ? wait : "; retry later") + "."),
            400 or 422 => ProviderError.Permanent(
                errors.Select(e => e.Field is { } f && FieldCodes.TryGetValue(f, out var code) ? code : null).FirstOrDefault(c => c is not null) ?? "invalid_request",
                detail + "."),
            >= 500 => ProviderError.Transient("pms_unavailable", detail + wait + "."),
            _ => ProviderError.Permanent("unexpected_answer", detail + "."),
        };
    }

    public static ProviderError Timeout(string what, bool isWrite) => isWrite
        ? ProviderError.Unknown("timeout", $"AppFolio did not answer an attempt to {what} in time; it may or may not have taken effect.")
        : ProviderError.Transient("timeout", $"AppFolio did not answer an attempt to {what} in time.");

    /// <summary>A request that got no answer: whether it may have reached AppFolio decides the kind.</summary>
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
                return ProviderError.Transient("unreachable", $"could not connect to AppFolio to {what} ({refused.HttpRequestError}).");
            }

            if (e is OperationCanceledException or TimeoutException)
            {
                return Timeout(what, isWrite);
            }
        }

        return isWrite
            ? ProviderError.Unknown("connection_lost", $"the connection to AppFolio failed during an attempt to {what}; it may or may not have taken effect.")
            : ProviderError.Transient("connection_lost", $"the connection to AppFolio failed during an attempt to {what}.");
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

    private static List<ErrorDto> Describe(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(body, AppFolioJson.Default.ErrorsDto)?.Errors?
                .Where(e => !string.IsNullOrWhiteSpace(e.Message)).Select(e => e with { Message = e.Message!.Trim() }).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
