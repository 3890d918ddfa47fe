using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Sets the pragmas every SQLite connection needs: WAL, so that the CLI can write while `serve` reads; a busy timeout,
/// so that two processes wait for each other instead of failing; foreign keys; and, in `serve`, no automatic checkpoint
/// on commit (<see cref="SqliteCheckpointWorker"/> does it instead).
/// </summary>
internal sealed class SqlitePragmas(bool backgroundCheckpoint) : DbConnectionInterceptor
{
    private readonly string _pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;"
        + (backgroundCheckpoint ? " PRAGMA wal_autocheckpoint=0;" : string.Empty);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
