using Microsoft.Data.Sqlite;
using Npgsql;

namespace AiPhoneCoverage.CallLoad;

/// <summary>The calls the hub recorded, and how many of them it saw complete, read from its database after the run.</summary>
internal sealed record HubCallCount(long Calls, long Completed)
{
    private const string Query = "SELECT count(*), coalesce(sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), 0) FROM calls";

    public static async Task<HubCallCount> ReadAsync(string dataFolder, string? postgres)
    {
        if (postgres is not null)
        {
            await using var connection = new NpgsqlConnection(postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(Query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return new HubCallCount(reader.GetInt64(0), reader.GetInt64(1));
        }

        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "hub.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await sqlite.OpenAsync();
        await using var query = sqlite.CreateCommand();
        query.CommandText = Query;
        await using var rows = await query.ExecuteReaderAsync();
        await rows.ReadAsync();
        return new HubCallCount(rows.GetInt64(0), rows.GetInt64(1));
    }
}
