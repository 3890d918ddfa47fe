using AiPhoneCoverage.Hub.Api;
using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>`aipc serve`: the hub's web host, its background services and, on the embedded default, the lock and the simulators.</summary>
internal static class HubServer
{
    public static async Task<int> RunAsync(DataDirectory data, string? urls, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddHubSources(data);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var embedded = storage.Provider == StorageProvider.Sqlite;

        using var hubLock = embedded ? HubLock.TryAcquire(data.LockFile) : null;
        if (embedded && hubLock is null)
        {
            var holder = HubLock.ReadHolder(data.LockFile);
            await output.WriteLineAsync($"error: another hub is already serving from {data.Path}{(holder is null ? string.Empty : $" at {holder.Url} (pid {holder.ProcessId})")}");
            return 1;
        }

        using var pluginLogs = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        builder.Services.AddHubCore(builder.Configuration, data, pluginLogs);
        builder.Services.AddHostedService<RosterIndexService>();
        var simulators = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();
        if (embedded && simulators.Enabled)
        {
            builder.Services.AddHostedService<SimulatorService>();
        }

        var token = AdminToken.Create(builder.Configuration["Security:AdminToken"]);
        builder.Services.AddSingleton(token);
        builder.Services.AddAuthentication(AdminTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AdminTokenAuthenticationHandler>(AdminTokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.WebHost.UseUrls(urls ?? builder.Configuration["Hub:Urls"] ?? "http://127.0.0.1:5055");

        await using var app = builder.Build();
        await PrepareDatabaseAsync(app.Services, embedded, output, cancellationToken);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHubApi();
        await app.StartAsync(cancellationToken);

        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hubLock?.Record(new HubLockInfo(Environment.ProcessId, url, token.Value, TimeProvider.System.GetUtcNow()));
        var plugins = app.Services.GetRequiredService<PluginCatalog>().Plugins;
        await output.WriteLineAsync(
            $"AiPhoneCoverage hub listening on {url} (storage: {storage.Provider}, data: {data.Path}, plugins: " +
            $"{plugins.Count(p => p.Status == PluginStatus.Loaded)} loaded, {plugins.Count(p => p.Status == PluginStatus.Faulted)} faulted). Ctrl+C stops it.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static async Task PrepareDatabaseAsync(IServiceProvider services, bool embedded, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<HubDatabase>().MigrateAsync(cancellationToken);
        if (!embedded || !services.GetRequiredService<IConfiguration>().GetValue("Hub:SeedDemo", true))
        {
            return;
        }

        var seeded = await services.GetRequiredService<DemoPortfolio>().SeedIfEmptyAsync(cancellationToken);
        if (seeded is { Succeeded: true })
        {
            await output.WriteLineAsync($"Seeded the demo portfolio '{seeded.PortfolioCode}': " +
                string.Join(", ", seeded.Rosters.Select(r => $"{r.Property} {r.Roster.Imported} residents")));
        }
        else if (seeded is not null)
        {
            await output.WriteLineAsync("warning: the demo portfolio could not be seeded: " + string.Join("; ", seeded.Errors));
        }
    }
}
