using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>The hub's database on SQLite; its migrations live in Storage/Migrations/Sqlite.</summary>
internal sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options, PortfolioScope scope) : HubDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset values; stored as sortable 64-bit numbers they can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
