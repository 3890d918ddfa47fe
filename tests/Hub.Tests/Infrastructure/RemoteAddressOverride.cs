using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>
/// Makes a loopback test request look as if it came from another address: the first middleware sets the connection's
/// remote address from the test-only header <see cref="Header"/>. Nothing is sent from anywhere but loopback.
/// </summary>
internal sealed class RemoteAddressOverride : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, RemoteAddressOverride>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var address))
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                http.Request.Headers.Remove(Header);
            }

            return following(http);
        });
        next(app);
    };
}
