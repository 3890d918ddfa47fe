using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without running the hub.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable("__ef_migrations_history")).Options, PortfolioScope.System);
}
