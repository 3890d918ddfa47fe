using AiPhoneCoverage.Hub.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Opens units of work on the configured database, each with its portfolio scope, and migrates the schema.</summary>
// CA1001: a SemaphoreSlim needs disposing only once its AvailableWaitHandle was used, which this one's never is.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "see above")]
internal sealed class HubDatabase
{
    private readonly DbContextOptions<SqliteHubDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresHubDbContext>? _postgres;
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

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
                .ReplaceService<IModelCacheKeyFactory, ScopeModelCacheKeyFactory>()
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
                .ReplaceService<IModelCacheKeyFactory, ScopeModelCacheKeyFactory>()
                .Options;
        }
    }

    public StorageProvider Provider { get; }

    /// <summary>A unit of work that sees only <paramref name="scope"/>'s rows.</summary>
    public HubDbContext Open(PortfolioScope scope) => _postgres is not null
        ? new PostgresHubDbContext(_postgres, scope)
        : new SqliteHubDbContext(_sqlite!, scope);

    /// <summary>
    /// On SQLite, lets this process's write transactions in one at a time, in the order they asked, before they take
    /// SQLite's write lock. Without it a writer that finds the lock taken waits in SQLite's busy handler, which sleeps
    /// and polls (1, 2, 5, 10 ... 100 ms), so a call turn that queued behind a 5 ms transaction could wait 50 ms or more.
    /// Other processes (the CLI) still meet the busy timeout. On PostgreSQL it lets everyone in at once.
    /// </summary>
    public async ValueTask<WriterTurn> EnterWriterAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return default;
        }

        await _sqliteWriter.WaitAsync(cancellationToken);
        return new WriterTurn(_sqliteWriter);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = Open(PortfolioScope.System);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
