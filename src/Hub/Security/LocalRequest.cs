using System.Net;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>
/// Whether a request came straight from this machine: its connection's remote address is loopback and it carries no
/// forwarding header. A same-host reverse proxy or tunnel connects from loopback too, but adds <c>Forwarded</c> or
/// <c>X-Forwarded-*</c> (or <c>X-Real-IP</c>); one that adds none cannot be told apart, which is why the local admin token
/// and the Studio's designer key are stopgaps until sign-in.
/// </summary>
internal static class LocalRequest
{
    /// <summary>Why the request is not a direct loopback request, or null when it is.</summary>
    public static string? WhyNot(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
        {
            return "the request does not come from this machine (loopback)";
        }

        return ForwardingHeader(http.Request) is { } header
            ? $"the request carries the forwarding header {header}, so it came through a proxy"
            : null;
    }

    /// <summary>The first <c>Forwarded</c>, <c>X-Forwarded-*</c> or <c>X-Real-IP</c> header of the request, if any.</summary>
    public static string? ForwardingHeader(HttpRequest request) =>
        request.Headers.Keys.FirstOrDefault(name =>
            name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
            || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase));
}
