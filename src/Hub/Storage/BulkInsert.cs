using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Inserts many new rows inside the unit of work's transaction, faster than change tracking can: binary COPY on
/// PostgreSQL, one prepared INSERT on SQLite. Columns, names and value conversions come from the EF Core model, so the
/// rows land exactly as SaveChanges would write them; the portfolio scope is checked the same way.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(HubDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class, IPortfolioOwned
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (rows.Any(r => !db.Scope.Allows(r.PortfolioId)))
        {
            throw new CrossPortfolioWriteException(typeof(T).Name);
        }

        var entity = db.Model.FindEntityType(typeof(T))!;
        var columns = entity.GetProperties().Select(p => new Column(p.GetColumnName(), p.GetGetter(), (RelationalTypeMapping)p.GetRelationalTypeMapping())).ToList();
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, entity.GetTableName()!, columns, rows, cancellationToken);
        }
        else
        {
            await InsertEachAsync(db, entity.GetTableName()!, columns, rows, cancellationToken);
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var sql = $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.ProviderValue(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, PostgresType(value), cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertEachAsync<T>(HubDbContext db, string table, List<Column> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = new DbParameter[columns.Count];
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i] = columns[i].Mapping.CreateParameter(command, $"@p{i}", columns[i].Getter.GetClrValue(row));
                command.Parameters.Add(parameters[i]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlDbType PostgresType(object value) => value switch
    {
        Guid => NpgsqlDbType.Uuid,
        string => NpgsqlDbType.Text,
        DateTimeOffset or DateTime => NpgsqlDbType.TimestampTz,
        byte[] => NpgsqlDbType.Bytea,
        int => NpgsqlDbType.Integer,
        long => NpgsqlDbType.Bigint,
        bool => NpgsqlDbType.Boolean,
        _ => throw new NotSupportedException($"BulkInsert cannot write a {value.GetType().Name}"),
    };

    private sealed record Column(string Name, Microsoft.EntityFrameworkCore.Metadata.IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
    {
        public object? ProviderValue(object row)
        {
            var value = Getter.GetClrValue(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
