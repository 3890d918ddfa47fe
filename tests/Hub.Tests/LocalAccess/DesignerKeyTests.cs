using System.Net;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.LocalAccess;

/// <summary>
/// A Studio page carries a designer key only for a browser on this machine that talks to the hub by a loopback name:
/// each way a request can merely look local is refused with its reason.
/// </summary>
public sealed class DesignerKeyTests(LocalHub hub) : IClassFixture<LocalHub>
{
    [Theory]
    [InlineData("127.0.0.1", null, null)]
    [InlineData("localhost", null, null)]
    [InlineData("127.0.0.1", "same-origin", "self")]
    [InlineData("127.0.0.1", "none", null)]
    public async Task A_page_opened_on_this_machine_by_a_loopback_name_gets_a_designer_key(string host, string? fetchSite, string? origin)
    {
        using var request = Page(host);
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", $"http://{host}:{hub.Url.Port}");
        }

        var (status, text) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("api-key=\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RemoteAddressOverride.Header, "203.0.113.7", "does not come from this machine")]
    [InlineData("X-Forwarded-For", "203.0.113.7", "forwarding header X-Forwarded-For")]
    [InlineData("X-Forwarded-Host", "hub.example.com", "forwarding header X-Forwarded-Host")]
    [InlineData("Forwarded", "for=203.0.113.7", "forwarding header Forwarded")]
    [InlineData("Host", "rebind.attacker.example", "the Host header 'rebind.attacker.example")]
    [InlineData("Host", "127.0.0.1:1", "the Host header '127.0.0.1:1'")]
    [InlineData("Origin", "http://rebind.attacker.example", "comes from another origin (http://rebind.attacker.example)")]
    [InlineData("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Site: cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site", "Sec-Fetch-Site: same-site")]
    public async Task A_request_that_only_looks_local_gets_no_key_and_the_reason(string header, string value, string reason)
    {
        using var request = Page("127.0.0.1");
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        var (status, text) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.DoesNotContain("api-key", text, StringComparison.Ordinal);
    }

    private HttpRequestMessage Page(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(hub.Url, "/studio/"));
        request.Headers.Host = $"{host}:{hub.Url.Port}";
        return request;
    }

    private static async Task<(HttpStatusCode Status, string Text)> SendAsync(HttpRequestMessage request)
    {
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
