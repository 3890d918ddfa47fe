using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>Finds a portfolio's id from the code operators type (<c>--portfolio demo</c>).</summary>
internal sealed class PortfolioLookup(HubDatabase database)
{
    public async Task<Guid?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        return await db.Portfolios.Where(p => p.Code == code).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
    }
}
