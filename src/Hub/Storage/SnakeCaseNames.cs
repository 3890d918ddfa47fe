using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Gives every column, key and index a snake_case name, the same on SQLite and PostgreSQL.</summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnake(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnake(key.GetDefaultName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnake(foreignKey.GetDefaultName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnake(index.GetDefaultDatabaseName()!));
            }
        }
    }

    private static string ToSnake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
