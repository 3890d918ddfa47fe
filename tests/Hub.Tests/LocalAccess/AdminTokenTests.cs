using System.Net;
using System.Net.Http.Headers;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Tests.LocalAccess;

/// <summary>The admin token is the operator's own aipc commands' key: accepted from loopback only, unless configured otherwise.</summary>
public sealed class AdminTokenTests(LocalHub hub) : IClassFixture<LocalHub>
{
    [Fact]
    public async Task The_admin_token_is_accepted_from_loopback()
    {
        Assert.Equal(HttpStatusCode.OK, await PluginsAsync(hub, header: null, value: null));
    }

    [Theory]
    [InlineData(RemoteAddressOverride.Header, "203.0.113.7")]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    public async Task The_admin_token_is_refused_from_another_address_or_through_a_proxy(string header, string value)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PluginsAsync(hub, header, value));
    }

    internal static async Task<HttpStatusCode> PluginsAsync(LocalHub hub, string? header, string? value)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(hub.Url, "/api/v1/plugins"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hub.Hub.App.Services.GetRequiredService<AdminToken>().Value);
        if (header is not null)
        {
            request.Headers.Add(header, value);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
