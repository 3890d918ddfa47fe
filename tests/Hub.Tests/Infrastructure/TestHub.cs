using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>The hub's real services on a fresh database (SQLite file or PostgreSQL database) and data directory.</summary>
internal sealed class TestHub : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TempFolder _folder;

    private readonly bool _ownsFolder;

    private TestHub(ServiceProvider services, TempFolder folder, IReadOnlyDictionary<string, string?> settings, bool ownsFolder)
    {
        _services = services;
        _folder = folder;
        Settings = settings;
        _ownsFolder = ownsFolder;
    }

    public string DataPath => _folder.Combine("data");

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public HubDatabase Database => Get<HubDatabase>();

    public static Task<TestHub> StartAsync(Provider provider, string? pluginsPath = null, Action<IServiceCollection>? configure = null)
    {
        var folder = new TempFolder();
        return BuildAsync(folder, SettingsFor(provider, pluginsPath ?? folder.Combine("no-plugins")), configure);
    }

    /// <summary>Services on the data directory of <paramref name="folder"/> (its <c>data</c> folder), for a hub process to share.</summary>
    public static Task<TestHub> OnFolderAsync(TempFolder folder, Provider provider, Action<IServiceCollection>? configure = null) =>
        BuildAsync(folder, SettingsFor(provider, folder.Combine("no-plugins")), configure);

    /// <summary>A new hub process, as far as state goes: fresh services (no caches, nothing in memory) on the same database.</summary>
    public async Task<TestHub> RestartAsync(Action<IServiceCollection>? configure = null)
    {
        await _services.DisposeAsync();
        return await BuildAsync(_folder, Settings, configure);
    }

    /// <summary>A second node beside this one: its own services on the same database and data directory; disposing it leaves both to this hub.</summary>
    public Task<TestHub> AnotherNodeAsync(Action<IServiceCollection>? configure = null) => BuildAsync(_folder, Settings, configure, ownsFolder: false);

    private static async Task<TestHub> BuildAsync(TempFolder folder, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure, bool ownsFolder = true)
    {
        var data = new DataDirectory(folder.Combine("data"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddLogging().AddHubCore(configuration, data);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<HubDatabase>().MigrateAsync(CancellationToken.None);
        return new TestHub(services, folder, settings, ownsFolder);
    }

    /// <summary>The settings a hub needs for <paramref name="provider"/>; also written to a data directory's appsettings.json for CLI tests.</summary>
    public static Dictionary<string, string?> SettingsFor(Provider provider, string pluginsPath) => new()
    {
        ["Storage:Provider"] = provider.ToString(),
        ["Storage:ConnectionString"] = provider == Provider.PostgreSql ? TestPostgres.CreateDatabase() : null,
        ["Plugins:Path"] = pluginsPath,
        ["Residents:DefaultRegion"] = "US",
        ["Hub:ChangePollInterval"] = "00:00:00.200",

        // Twilio's own limit, not the product's 4 s: on a busy machine a turn may take longer, and a test that is not
        // about the deadline must not get the degraded answer for it (DegradedAnswerTests sets its own).
        ["Hub:WebhookDeadline"] = "00:00:15",
        ["Simulators:Enabled"] = "false",
        ["Hub:SeedDemo"] = "false",
        ["Studio:Path"] = Path.Combine(RepoPaths.Root, "src", "Hub", "Studio", "node_modules", "@elsa-workflows", "elsa-studio-wasm"),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsFolder)
        {
            _folder.Dispose();
        }
    }
}
