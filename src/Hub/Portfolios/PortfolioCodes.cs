using System.Collections.Concurrent;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>A portfolio's code from its id, cached: codes never change once a portfolio exists.</summary>
internal sealed class PortfolioCodes(HubDatabase database)
{
    private readonly ConcurrentDictionary<Guid, string> _codes = new();

    public async ValueTask<string> CodeOfAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        if (_codes.TryGetValue(portfolioId, out var code))
        {
            return code;
        }

        await using var db = database.Open(PortfolioScope.For(portfolioId));
        code = await db.Portfolios.Select(p => p.Code).SingleAsync(cancellationToken);
        return _codes.GetOrAdd(portfolioId, code);
    }
}
