using Npgsql;

namespace AiPhoneCoverage.CallLoad;

/// <summary>The bare endpoint's rows in PostgreSQL, through one pooled data source (Npgsql's defaults, as the hub has them).</summary>
internal sealed class PostgresBareStore(string connectionString) : IBareStore
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task CreateAsync()
    {
        await using var command = _source.CreateCommand(
            "CREATE TABLE IF NOT EXISTS bare_webhooks (id bigserial PRIMARY KEY, call_sid text NOT NULL, kind text NOT NULL, form_bytes bigint NOT NULL, received_at timestamptz NOT NULL)");
        await command.ExecuteNonQueryAsync();
    }

    public async Task InsertAsync(string callSid, string kind, long formBytes, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO bare_webhooks (call_sid, kind, form_bytes, received_at) VALUES ($1, $2, $3, $4)", connection, transaction);
        command.Parameters.AddWithValue(callSid);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(formBytes);
        command.Parameters.AddWithValue(TimeProvider.System.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
