using Npgsql;

namespace AiPhoneCoverage.CallLoad;

/// <summary>Fresh databases on the given PostgreSQL server for one run, dropped at the end.</summary>
internal sealed class PostgresDatabases(string server) : IAsyncDisposable
{
    private readonly List<string> _created = [];

    /// <summary>Creates a database named <paramref name="prefix"/> plus a unique suffix and returns its connection string.</summary>
    public async Task<string> CreateAsync(string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE {name}");
        _created.Add(name);
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>How many server connections are open to the databases of this run.</summary>
    public async Task<long> ConnectionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", connection);
        command.Parameters.AddWithValue(new NpgsqlConnectionStringBuilder(connectionString).Database!);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _created)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
