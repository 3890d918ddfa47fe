using AiPhoneCoverage.Hub.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Opens units of work on the configured database, each with its portfolio scope, and migrates the schema.</summary>
internal sealed class HubDatabase
{
    private readonly DbContextOptions<SqliteHubDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresHubDbContext>? _postgres;

    public HubDatabase(IOptions<StorageOptions> options, DataDirectory dataDirectory)
    {
        var storage = options.Value;
        Provider = storage.Provider;
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(storage.ConnectionString))
            {
                throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL (AIPC_Storage__ConnectionString).");
            }

            _postgres = new DbContextOptionsBuilder<PostgresHubDbContext>()
                .UseNpgsql(storage.ConnectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
                .Options;
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(storage.ConnectionString)
                ? new SqliteConnectionStringBuilder { DataSource = dataDirectory.Combine("hub.db"), Pooling = true }.ToString()
                : storage.ConnectionString;
            _sqlite = new DbContextOptionsBuilder<SqliteHubDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
                .AddInterceptors(new SqlitePragmas(storage.BackgroundCheckpoint))
                .Options;
        }
    }

    public StorageProvider Provider { get; }

    /// <summary>A unit of work that sees only <paramref name="scope"/>'s rows.</summary>
    public HubDbContext Open(PortfolioScope scope) => _postgres is not null
        ? new PostgresHubDbContext(_postgres, scope)
        : new SqliteHubDbContext(_sqlite!, scope);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = Open(PortfolioScope.System);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
