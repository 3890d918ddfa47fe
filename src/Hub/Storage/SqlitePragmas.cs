using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Sets the pragmas every SQLite connection needs: WAL, so that the CLI can write while `serve` reads; a busy timeout,
/// so that two processes wait for each other instead of failing; and foreign keys.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
