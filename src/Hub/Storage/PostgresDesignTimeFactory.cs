using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHubDbContext>
{
    public PostgresHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history")).Options, PortfolioScope.System);
}
