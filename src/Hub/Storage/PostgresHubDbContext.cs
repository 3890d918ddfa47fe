using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>The hub's database on PostgreSQL; its migrations live in Storage/Migrations/PostgreSql.</summary>
internal sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options, PortfolioScope scope) : HubDbContext(options, scope);
