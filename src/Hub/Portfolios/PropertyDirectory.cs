using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>Finds properties by the codes operators type (<c>--property oak --portfolio demo</c>).</summary>
internal sealed class PropertyDirectory(HubDatabase database)
{
    public async Task<(PropertyRef? Property, string? Error)> FindAsync(string propertyCode, string? portfolioCode, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        var matches = await (
                from property in db.Properties
                join portfolio in db.Portfolios on property.PortfolioId equals portfolio.Id
                where property.Code == propertyCode && (portfolioCode == null || portfolio.Code == portfolioCode)
                select new PropertyRef(portfolio.Id, portfolio.Code, property.Id, property.Code, property.PmsPlugin))
            .ToListAsync(cancellationToken);
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, portfolioCode is null
                ? $"no property '{propertyCode}'; `aipc properties` lists them"
                : $"no property '{propertyCode}' in portfolio '{portfolioCode}'"),
            _ => (null, $"property '{propertyCode}' exists in portfolios {string.Join(", ", matches.Select(m => m.PortfolioCode))}; pass --portfolio"),
        };
    }
}
