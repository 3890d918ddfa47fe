using AiPhoneCoverage.Hub.Security;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// Decides whether a Studio page may carry a designer key (until sign-in replaces this path). Only a browser on this
/// machine, talking to the hub by a loopback name, gets one: the connection is loopback with no forwarding header
/// (<see cref="LocalRequest"/>); the Host header is <c>localhost</c>, <c>127.0.0.1</c> or <c>[::1]</c> with the port the
/// request reached (a DNS-rebinding page has its own name in Host); an <c>Origin</c>, when sent, is this very origin; and
/// <c>Sec-Fetch-Site</c>, when sent, is <c>same-origin</c> or <c>none</c> (the operator typed the address or opened a
/// bookmark: no other site is involved).
/// </summary>
internal static class DesignerKeyGate
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Why no key may be handed out, or null when one may.</summary>
    public static string? Refusal(HttpContext http)
    {
        if (LocalRequest.WhyNot(http) is { } notLocal)
        {
            return notLocal;
        }

        var request = http.Request;
        if (!IsLoopbackHost(request, http.Connection.LocalPort))
        {
            return $"the Host header '{request.Host}' is not localhost, 127.0.0.1 or [::1] with the hub's port {http.Connection.LocalPort}";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return $"the request comes from another origin ({origin})";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length == 0 || site is "same-origin" or "none" ? null : $"the browser says the request comes from another site (Sec-Fetch-Site: {site})";
    }

    private static bool IsLoopbackHost(HttpRequest request, int localPort)
    {
        var host = request.Host;
        if (!host.HasValue || !LoopbackHosts.Contains(host.Host, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var port = host.Port ?? (request.IsHttps ? 443 : 80);
        return port == localPort;
    }
}
