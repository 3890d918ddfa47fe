using AiPhoneCoverage.Hub.Api;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using AiPhoneCoverage.Hub.Workflows.Studio;
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
        await using var hub = await StartAsync(data, urls, output, configureServices: null, cancellationToken);
        if (hub is null)
        {
            return 1;
        }

        await hub.App.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>Starts the hub and returns once it listens; null (with the reason printed) when another hub holds the lock.</summary>
    public static Task<RunningHub?> StartAsync(
        DataDirectory data, string? urls, TextWriter output, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken) =>
        StartAsync(data, urls, output, configureServices, settings: null, cancellationToken);

    /// <summary>Starts the hub with some settings over the configured ones (an in-process hub for `aipc call`, tests).</summary>
    public static async Task<RunningHub?> StartAsync(
        DataDirectory data, string? urls, TextWriter output, Action<IServiceCollection>? configureServices, IReadOnlyDictionary<string, string?>? settings,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Storage:BackgroundCheckpoint"] = "true" };
        builder.Configuration.AddHubSources(data, overrides);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var embedded = storage.Provider == StorageProvider.Sqlite;

        var hubLock = embedded ? HubLock.TryAcquire(data.LockFile) : null;
        if (embedded && hubLock is null)
        {
            var holder = HubLock.ReadHolder(data.LockFile);
            await output.WriteLineAsync($"error: another hub is already serving from {data.Path}{(holder is null ? string.Empty : $" at {holder.Url} (pid {holder.ProcessId})")}");
            return null;
        }

        using var pluginLogs = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        builder.Services.AddHubCore(builder.Configuration, data, pluginLogs);
        builder.Services.AddHostedService<RosterIndexService>();
        builder.Services.AddHostedService<IntentModelWarmup>();
        builder.Services.AddHostedService(s => s.GetRequiredService<EmergencyLineCache>());
        if (hubLock is not null || !embedded)
        {
            // On the embedded default only the lock holder runs workers; on PostgreSQL every node does.
            builder.Services.AddHostedService(s => s.GetRequiredService<WorkflowTimerWorker>());
            builder.Services.AddHostedService(s => s.GetRequiredService<Sla.SlaWorker>());
            builder.Services.AddHostedService(s => s.GetRequiredService<OutboxWorker>());
            builder.Services.AddHostedService(s => s.GetRequiredService<Pms.RosterSyncWorker>());
            builder.Services.AddHostedService(s => s.GetRequiredService<Vendors.VendorStatusWorker>());
        }

        if (hubLock is not null)
        {
            builder.Services.AddHostedService<SqliteCheckpointWorker>();
        }
        var simulators = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();
        if (embedded && simulators.Enabled)
        {
            builder.Services.AddHostedService<SimulatorService>();
        }

        var token = AdminToken.Create(builder.Configuration["Security:AdminToken"]);
        builder.Services.AddSingleton(token);
        builder.Services.AddAuthentication(AdminTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AdminTokenAuthenticationHandler>(AdminTokenAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.WebHost.UseUrls(urls ?? builder.Configuration["Hub:Urls"] ?? "http://127.0.0.1:5055");
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        await PrepareDatabaseAsync(app.Services, embedded, output, cancellationToken);
        app.UseStudio();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHubApi();
        app.MapStudioApi();
        app.MapTelephony();
        app.MapAckLinks();
        await app.StartAsync(cancellationToken);

        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = app.Services.GetRequiredService<HubAddress>();
        address.Local = new Uri(url);
        var simulatorUrls = address.Simulators.ToDictionary(s => s.Key, s => s.Value.ToString().TrimEnd('/'), StringComparer.Ordinal);
        hubLock?.Record(new HubLockInfo(Environment.ProcessId, url, token.Value, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), simulatorUrls));
        foreach (var line in await app.Services.GetRequiredService<PortfolioDestinations>().DescribeAsync(cancellationToken))
        {
            await output.WriteLineAsync(line);
        }

        var plugins = app.Services.GetRequiredService<PluginCatalog>().Plugins;
        await output.WriteLineAsync(
            $"AiPhoneCoverage hub listening on {url} (storage: {storage.Provider}, data: {data.Path}, plugins: " +
            $"{plugins.Count(p => p.Status == PluginStatus.Loaded)} loaded, {plugins.Count(p => p.Status == PluginStatus.Faulted)} faulted). Ctrl+C stops it.");
        return new RunningHub(app, url, hubLock);
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
