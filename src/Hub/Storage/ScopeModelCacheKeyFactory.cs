using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Two models per context type: one for a portfolio's units of work, whose query filters are <c>portfolio_id = ?</c>
/// (an index can answer that, so a lookup by key stays a search on SQLite), and one for the system scope, with none.
/// A single filter <c>system OR portfolio_id = ?</c> would make SQLite scan the whole table on every lookup.
/// </summary>
internal sealed class ScopeModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is HubDbContext hub && hub.Scope.IsSystem, designTime);
}
