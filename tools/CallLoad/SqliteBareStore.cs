using Microsoft.Data.Sqlite;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// The bare endpoint's rows in a SQLite file with the hub's settings: pooled connections, WAL, synchronous=NORMAL, a busy
/// timeout, and the write-ahead log checkpointed in the background every second instead of on a commit.
/// </summary>
internal sealed class SqliteBareStore : IBareStore
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA wal_autocheckpoint=0;";
    private readonly string _connectionString;
    private readonly CancellationTokenSource _stop = new();
    private Task? _checkpoints;

    public SqliteBareStore(string file) => _connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();

    public async Task CreateAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS bare_webhooks (id INTEGER PRIMARY KEY, call_sid TEXT NOT NULL, kind TEXT NOT NULL, form_bytes INTEGER NOT NULL, received_at TEXT NOT NULL);";
        await command.ExecuteNonQueryAsync();
        _checkpoints = CheckpointAsync(_stop.Token);
    }

    public async Task InsertAsync(string callSid, string kind, long formBytes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO bare_webhooks (call_sid, kind, form_bytes, received_at) VALUES ($sid, $kind, $bytes, $at)";
        command.Parameters.AddWithValue("$sid", callSid);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$bytes", formBytes);
        command.Parameters.AddWithValue("$at", TimeProvider.System.GetUtcNow().ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_checkpoints is not null)
        {
            await _checkpoints.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = Pragmas;
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
