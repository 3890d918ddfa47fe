using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>Fills the <see cref="RosterIndex"/> from the database: every property at start, one property when its roster changes.</summary>
internal sealed class RosterIndexLoader(HubDatabase database, RosterIndex index)
{
    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> propertyIds;
        await using (var db = database.Open(PortfolioScope.System))
        {
            propertyIds = await db.Properties.Select(p => p.Id).ToListAsync(cancellationToken);
        }

        var names = new StringPool();
        foreach (var propertyId in propertyIds)
        {
            await ReloadPropertyAsync(propertyId, names, cancellationToken);
        }

        index.MarkReady();
    }

    public Task ReloadPropertyAsync(Guid propertyId, CancellationToken cancellationToken) =>
        ReloadPropertyAsync(propertyId, new StringPool(), cancellationToken);

    private async Task ReloadPropertyAsync(Guid propertyId, StringPool names, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        var property = await (
                from p in db.Properties
                join portfolio in db.Portfolios on p.PortfolioId equals portfolio.Id
                where p.Id == propertyId
                select new IndexedProperty(portfolio.Id, portfolio.Code, p.Id, p.Code))
            .SingleOrDefaultAsync(cancellationToken);
        if (property is null)
        {
            index.ReplaceProperty(propertyId, []);
            return;
        }

        var rows = db.ResidentPhones.AsNoTracking()
            .Join(db.Residents, ph => new { ph.PortfolioId, ph.ResidentId }, r => new { r.PortfolioId, ResidentId = r.Id }, (ph, r) => new { ph, r })
            .Join(db.Units, x => new { x.r.PortfolioId, x.r.UnitId }, u => new { u.PortfolioId, UnitId = u.Id }, (x, u) => new { x.ph.Hash, x.r, UnitCode = u.Code })
            .Where(x => x.r.PropertyId == propertyId && x.r.Status != ResidentStatus.MovedOut)
            .Select(x => new { x.Hash, x.r.Id, x.UnitCode, x.r.ExternalId, x.r.FirstName, x.r.LastName })
            .AsAsyncEnumerable();

        var entries = new List<(UInt128, IndexedResident)>();
        var residents = new Dictionary<Guid, IndexedResident>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!residents.TryGetValue(row.Id, out var resident))
            {
                resident = new IndexedResident(row.Id, property, names.Get(row.UnitCode), row.ExternalId, names.Get(row.FirstName), names.Get(row.LastName));
                residents.Add(row.Id, resident);
            }

            entries.Add((PhoneHasher.IndexKey(row.Hash), resident));
        }

        index.ReplaceProperty(propertyId, entries);
    }
}
