using Npgsql;

namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL 15 cluster that ./test.sh starts (AIPC_TEST_POSTGRES holds its connection string). Each test
/// gets its own database. Without the variable the PostgreSQL tests fail with the way to run them, never skip silently.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "AIPC_TEST_POSTGRES";

    public static string CreateDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{Variable} is not set: run the suite with ./test.sh, which starts a throwaway PostgreSQL 15 cluster.");
        }

        var name = "aipc_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
