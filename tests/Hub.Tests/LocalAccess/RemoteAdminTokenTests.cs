using System.Net;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.LocalAccess;

/// <summary>With <c>Security:AdminTokenRemote=true</c> the admin token works from another address too.</summary>
public sealed class RemoteAdminTokenTests(RemoteAdminHub hub) : IClassFixture<RemoteAdminHub>
{
    [Fact]
    public async Task With_AdminTokenRemote_the_admin_token_is_accepted_from_another_address()
    {
        Assert.Equal(HttpStatusCode.OK, await AdminTokenTests.PluginsAsync(hub, RemoteAddressOverride.Header, "203.0.113.7"));
    }
}
