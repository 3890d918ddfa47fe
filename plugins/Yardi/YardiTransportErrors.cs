using System.Net;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Maps HTTP answers that are not Voyager's SOAP, and transport failures, to <see cref="ProviderError"/>. Nothing sent
/// (refused connection, open circuit) is Transient. A lost or timed-out answer is Unknown for a write (it may have
/// created the work order) and Transient for a read.
/// </summary>
internal static class YardiTransportErrors
{
    public static ProviderError FromStatus(HttpStatusCode status, string what, YardiCallKind kind) => (int)status switch
    {
        401 or 403 => ProviderError.Permanent("bad_credentials", $"Yardi's web server refused an attempt to {what} with HTTP {(int)status}; check baseUrl and any web-server credentials."),
        404 => ProviderError.Permanent("bad_configuration", $"Yardi's web server has no ItfServiceRequests service at the configured baseUrl (HTTP 404) for an attempt to {what}."),
        408 or 429 => ProviderError.Transient("throttled", $"Yardi's web server answered an attempt to {what} with HTTP {(int)status}."),
        >= 500 => ProviderError.Transient("yardi_unavailable", $"Yardi answered an attempt to {what} with HTTP {(int)status}."),
        _ => kind == YardiCallKind.Write
            ? ProviderError.Unknown("unexpected_answer", $"Yardi answered an attempt to {what} with HTTP {(int)status}; it may or may not have taken effect.")
            : ProviderError.Transient("unexpected_answer", $"Yardi answered an attempt to {what} with HTTP {(int)status}."),
    };

    public static ProviderError Unreadable(string what, YardiCallKind kind, string? why = null) => kind == YardiCallKind.Write
        ? ProviderError.Unknown("unexpected_answer", $"Yardi's answer to an attempt to {what} was not a SOAP envelope it could read{Why(why)}; it may or may not have taken effect.")
        : ProviderError.Transient("unexpected_answer", $"Yardi's answer to an attempt to {what} was not a SOAP envelope it could read{Why(why)}.");

    private static string Why(string? why) => why is null ? string.Empty : $" ({why})";

    public static ProviderError Timeout(string what, YardiCallKind kind) => kind == YardiCallKind.Write
        ? ProviderError.Unknown("timeout", $"Yardi did not answer an attempt to {what} in time; it may or may not have taken effect.")
        : ProviderError.Transient("timeout", $"Yardi did not answer an attempt to {what} in time.");

    /// <summary>The error for an exception of the HTTP stack; null for one this connector does not recognise.</summary>
    public static ProviderError? FromException(Exception exception, string what, YardiCallKind kind)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (FromResiliencePipeline(e, what, kind) is { } rejected)
            {
                return rejected;
            }

            if (e is HttpRequestException http)
            {
                return http.HttpRequestError switch
                {
                    HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError =>
                        ProviderError.Transient("unreachable", $"Could not connect to Yardi for an attempt to {what} ({http.HttpRequestError})."),
                    _ => Lost(what, kind, http.HttpRequestError.ToString()),
                };
            }

            if (e is TimeoutException or OperationCanceledException)
            {
                return Timeout(what, kind);
            }

            if (e is IOException or System.Net.Sockets.SocketException)
            {
                return Lost(what, kind, e.GetType().Name);
            }
        }

        return null;
    }

    private static ProviderError Lost(string what, YardiCallKind kind, string detail) => kind == YardiCallKind.Write
        ? ProviderError.Unknown("connection_lost", $"The connection to Yardi failed during an attempt to {what} ({detail}); it may or may not have taken effect.")
        : ProviderError.Transient("connection_lost", $"The connection to Yardi failed during an attempt to {what} ({detail}).");

    /// <summary>
    /// A rejection by the hub's resilience pipeline (Polly, which this plugin does not reference): a timeout may have let
    /// the request through; an open circuit or a rate limiter never sent it.
    /// </summary>
    private static ProviderError? FromResiliencePipeline(Exception exception, string what, YardiCallKind kind)
    {
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == "Polly.ExecutionRejectedException")
            {
                return exception.GetType().FullName == "Polly.Timeout.TimeoutRejectedException"
                    ? Timeout(what, kind)
                    : ProviderError.Transient("unreachable", $"The hub's HTTP pipeline did not send an attempt to {what} ({exception.GetType().Name}).");
            }
        }

        return null;
    }
}
