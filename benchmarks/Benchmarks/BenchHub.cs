using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>The hub's real services on a fresh data directory and database, for one measurement.</summary>
internal sealed class BenchHub : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private SqliteCheckpointWorker? _checkpoints;

    private BenchHub(ServiceProvider services, string folder, string? connectionString)
    {
        _services = services;
        Folder = folder;
        ConnectionString = connectionString;
    }

    public string Folder { get; }

    /// <summary>The hub's data directory (on SQLite its database file is hub.db there).</summary>
    public string DataPath => Path.Combine(Folder, "data");

    /// <summary>The fresh PostgreSQL database's connection string, or null on SQLite.</summary>
    public string? ConnectionString { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Builds the hub's services on a fresh database and migrates it.</summary>
    /// <param name="postgres">A PostgreSQL server connection string, or null for a fresh SQLite file.</param>
    /// <param name="plugins">The plugins folder the hub loads (the PMS connectors), or null for none.</param>
    /// <param name="configure">Changes to the hub's services before they are built, for example a fake clock.</param>
    public static async Task<BenchHub> StartAsync(string? postgres, string? plugins = null, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aipc-bench", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
            ["Storage:ConnectionString"] = postgres is null ? null : await CreateDatabaseAsync(postgres),
            ["Plugins:Path"] = plugins is null ? Path.Combine(folder, "no-plugins") : Path.GetFullPath(plugins),
            ["Storage:BackgroundCheckpoint"] = "true", // as `serve` runs; the checkpoint worker runs beside the measurement
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddLogging().AddHubCore(configuration, new DataDirectory(Path.Combine(folder, "data")));
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<HubDatabase>().MigrateAsync(CancellationToken.None);
        var hub = new BenchHub(services, folder, settings["Storage:ConnectionString"]);
        if (postgres is null)
        {
            hub._checkpoints = new SqliteCheckpointWorker(services.GetRequiredService<HubDatabase>(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointWorker>.Instance);
            await hub._checkpoints.StartAsync(CancellationToken.None);
        }

        return hub;
    }

    /// <summary>Creates portfolio "bench" with <paramref name="properties"/> properties and returns them.</summary>
    public async Task<IReadOnlyList<PropertyRef>> PortfolioAsync(int properties)
    {
        var json = Path.Combine(Folder, "portfolio.json");
        var list = string.Join(",", Enumerable.Range(0, properties).Select(i =>
            $$"""{ "code": "p{{i}}", "name": "P{{i}}", "timeZone": "America/Chicago", "phoneNumbers": ["+1512555{{i:0000}}"] }"""));
        await File.WriteAllTextAsync(json, $$"""{ "code": "bench", "name": "Bench", "properties": [{{list}}] }""");
        var result = await Get<PortfolioImporter>().ImportAsync(json, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }

        var refs = new List<PropertyRef>();
        for (var i = 0; i < properties; i++)
        {
            refs.Add((await Get<PropertyDirectory>().FindAsync($"p{i}", "bench", CancellationToken.None)).Property!);
        }

        return refs;
    }

    private static async Task<string> CreateDatabaseAsync(string server)
    {
        var name = "aipc_bench_" + Guid.NewGuid().ToString("N");
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_checkpoints is not null)
        {
            await _checkpoints.StopAsync(CancellationToken.None);
            _checkpoints.Dispose();
        }

        await _services.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
