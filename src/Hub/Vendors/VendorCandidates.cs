using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// The vendors a work order may go to, in the order they are asked: the property's preferred vendors for the trade (by
/// rank), then the portfolio-wide ones for the trade, then the property's and the portfolio's <c>general</c> ones. A
/// vendor appears once, at its first place; vendors already asked for the work order are left out.
/// </summary>
internal static class VendorCandidates
{
    public static async Task<IReadOnlyList<VendorCandidate>> ForAsync(
        HubDbContext db, Guid propertyId, string trade, IReadOnlySet<Guid> alreadyAsked, CancellationToken cancellationToken)
    {
        string[] trades = trade == Trades.General ? [Trades.General] : [trade, Trades.General];
        var preferences = await db.PreferredVendors.AsNoTracking()
            .Where(p => (p.PropertyId == propertyId || p.PropertyId == null) && trades.Contains(p.Trade))
            .ToListAsync(cancellationToken);
        if (preferences.Count == 0)
        {
            return [];
        }

        var ids = preferences.Select(p => p.VendorId).Distinct().ToList();
        var vendors = await db.Vendors.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return preferences
            .OrderBy(p => Array.IndexOf(trades, p.Trade)).ThenBy(p => p.PropertyId is null).ThenBy(p => p.Rank)
            .Where(p => !alreadyAsked.Contains(p.VendorId))
            .DistinctBy(p => p.VendorId)
            .Select(p => new VendorCandidate(vendors[p.VendorId], p.NotToExceed, p.PropertyId is null, p.Trade, p.Rank))
            .ToList();
    }
}
