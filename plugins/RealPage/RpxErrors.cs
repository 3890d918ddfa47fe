using System.Globalization;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// Maps what the gateway answered to <see cref="ProviderError"/>. RPX refuses with HTTP 500 <c>s:Fault</c>s whose text
/// is not published (pms-apis.md §2.5, [L]), so faults are classified by words: throttling and server trouble are
/// Transient; a licence, site, unit, problem, priority or location the gateway refuses is Permanent; a write whose
/// answer was lost is Unknown. Messages carry the operation and the gateway's text with secrets removed.
/// </summary>
internal static partial class RpxErrors
{
    private const int MaxQuoted = 300;

    public static ProviderError FromFault(string operation, string faultCode, string faultString, IReadOnlyList<string> secrets)
    {
        var text = Clean(faultString, secrets);
        var says = $"RealPage refused {operation}: \"{text}\"";
        if (Throttle().Match(faultString) is { Success: true } || ThrottleWords().IsMatch(faultString))
        {
            return Throttled(says, RetrySeconds().Match(faultString) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null);
        }

        if (faultCode.Contains("ActionNotSupported", StringComparison.OrdinalIgnoreCase) || faultString.Contains("ContractFilter", StringComparison.OrdinalIgnoreCase))
        {
            return ProviderError.Permanent("unsupported_operation", says + ". The gateway does not know this operation: its name is unverified (see the plugin's README).");
        }

        return Classify(faultString) switch
        {
            { } code => ProviderError.Permanent(code, says + Advice(code)),
            null when faultCode.Contains("Client", StringComparison.OrdinalIgnoreCase) => ProviderError.Permanent("invalid_request", says + "."),
            null => ProviderError.Transient("rpx_fault", says + "."),
        };
    }

    /// <summary>An in-body refusal (<c>Success</c> false): the <c>ErrorCode</c> first, else the message's words.</summary>
    public static ProviderError FromRefusal(string operation, string? errorCode, string? message, IReadOnlyList<string> secrets)
    {
        var says = $"RealPage refused {operation}: \"{Clean(message ?? errorCode ?? "no reason given", secrets)}\"";
        var code = errorCode?.ToUpperInvariant() switch
        {
            "INVALIDUNIT" => "unknown_unit",
            "INVALIDPROBLEM" => "unknown_category",
            "INVALIDPRIORITY" => "unknown_priority",
            "INVALIDLOCATION" => "unknown_location",
            "INVALIDRESIDENT" => "unknown_resident",
            "INVALIDSERVICEREQUEST" => "unknown_work_order",
            _ => Classify(message ?? string.Empty) ?? "invalid_request",
        };
        return code == "throttled" ? Throttled(says, null) : ProviderError.Permanent(code, says + Advice(code));
    }

    public static ProviderError FromStatus(string operation, int status, int? retryAfter) => status switch
    {
        401 or 403 => ProviderError.Permanent("bad_credentials", $"the RealPage gateway answered {operation} with HTTP {status}. Check licenseKey, pmcId, userName and password."),
        404 => ProviderError.Permanent("bad_configuration", $"the RealPage gateway answered {operation} with HTTP 404. Check baseUrl and partner."),
        429 => Throttled($"the RealPage gateway answered {operation} with HTTP 429", retryAfter),
        >= 500 => ProviderError.Transient("rpx_unavailable", $"the RealPage gateway answered {operation} with HTTP {status} and no SOAP fault" + RetryText(retryAfter) + "."),
        _ => ProviderError.Permanent("invalid_request", $"the RealPage gateway answered {operation} with HTTP {status}."),
    };

    public static ProviderError Malformed(string operation, RpxCallKind kind, string? why = null) => kind == RpxCallKind.Write
        ? ProviderError.Unknown("malformed_answer", $"RealPage's answer to {operation} was not the expected SOAP result{Why(why)}; it may or may not have taken effect.")
        : ProviderError.Transient("malformed_answer", $"RealPage's answer to {operation} was not the expected SOAP result{Why(why)}.");

    private static string Why(string? why) => why is null ? string.Empty : $" ({why})";

    /// <summary>A request that got no answer. <paramref name="exception"/> tells whether it could have reached the gateway.</summary>
    public static ProviderError FromTransport(string operation, RpxCallKind kind, Exception? exception, bool timedOut = false)
    {
        if (IsPollyRejection(exception, out var pollyTimeout) && !pollyTimeout)
        {
            return ProviderError.Transient("unreachable", $"the hub's HTTP pipeline did not send {operation} to RealPage ({exception!.GetType().Name}).");
        }

        if (timedOut || pollyTimeout || exception is TimeoutException or OperationCanceledException || exception?.InnerException is TimeoutException)
        {
            return kind == RpxCallKind.Write
                ? ProviderError.Unknown("timeout", $"RealPage did not answer {operation} in time; it may or may not have taken effect.")
                : ProviderError.Transient("timeout", $"RealPage did not answer {operation} in time.");
        }

        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } refused)
        {
            return ProviderError.Transient("unreachable", $"could not connect to the RealPage gateway for {operation} ({refused.HttpRequestError}).");
        }

        return kind == RpxCallKind.Write
            ? ProviderError.Unknown("connection_lost", $"the connection to RealPage failed during {operation}; it may or may not have taken effect.")
            : ProviderError.Transient("connection_lost", $"the connection to RealPage failed during {operation}.");
    }

    /// <summary>The code for a refusal's words, or null when they say nothing this connector recognises.</summary>
    private static string? Classify(string text)
    {
        bool Has(string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
        return true switch
        {
            // The most specific subject first: "Unit ID 'x' was not found for site 'y'" is about the unit, not the site.
            _ when Has("not authorized for") || Has("not authorised for") => "not_authorized",
            _ when Has("service request") => "unknown_work_order",
            _ when Has("resident") => "unknown_resident",
            _ when Has("unit") => "unknown_unit",
            _ when Has("problem") => "unknown_category",
            _ when Has("priority") => "unknown_priority",
            _ when Has("location") => "unknown_location",
            _ when (Has("site") || Has("pmc")) && (Has("match") || Has("not found") || Has("invalid")) => "unknown_property",
            _ when Has("licen") || Has("password") || Has("credential") || Has("authenticat") || Has("login") => "bad_credentials",
            _ => null,
        };
    }

    private static string Advice(string code) => code switch
    {
        "bad_credentials" => ". Check licenseKey and pmcId (and userName and password for a registered vendor).",
        "not_authorized" => ". Ask RealPage to authorise this method for the licence key.",
        "unknown_property" => ". Check pmcId and the property's OneSite site id.",
        "unknown_category" => ". Check the problem list (categoryMap:<category> overrides the mapping).",
        "unknown_priority" => ". Check the priority list (priorityMap:<urgency> overrides the mapping).",
        "unknown_location" => ". Check the location list (defaultLocation sets the one used).",
        _ => ".",
    };

    private static ProviderError Throttled(string says, int? seconds) =>
        ProviderError.Transient("throttled", says + (seconds is { } s ? $"; retry after {s.ToString(CultureInfo.InvariantCulture)} s." : "."));

    private static string RetryText(int? seconds) => seconds is { } s ? $"; retry after {s.ToString(CultureInfo.InvariantCulture)} s" : string.Empty;

    /// <summary>The gateway's text without secrets it may echo, on one line, at most <see cref="MaxQuoted"/> characters.</summary>
    private static string Clean(string text, IReadOnlyList<string> secrets)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= MaxQuoted ? text : text[..MaxQuoted] + "…";
    }

    /// <summary>Whether the hub's resilience pipeline (Polly, not referenced here) refused; a Polly timeout may have let the request through.</summary>
    private static bool IsPollyRejection(Exception? exception, out bool timeout)
    {
        timeout = false;
        for (var type = exception?.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Polly.ExecutionRejectedException")
            {
                timeout = exception!.GetType().FullName == "Polly.Timeout.TimeoutRejectedException";
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"retry after|try again in|too many requests|limit exceeded", RegexOptions.IgnoreCase)]
    private static partial Regex Throttle();

    [GeneratedRegex(@"throttl|rate limit", RegexOptions.IgnoreCase)]
    private static partial Regex ThrottleWords();

    [GeneratedRegex(@"(\d{1,5})\s*(?:s\b|sec|second)", RegexOptions.IgnoreCase)]
    private static partial Regex RetrySeconds();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
