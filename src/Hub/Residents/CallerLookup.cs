using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// Answers "who is calling from this number" with every match, from the roster index; while the index is still
/// loading at start, from the database's hash index instead.
/// </summary>
internal sealed class CallerLookup(RosterIndex index, PhoneHasher hasher, PhoneNumberNormalizer phones, HubDatabase database)
{
    public async ValueTask<IReadOnlyList<CallerMatch>> FindAsync(string callerId, string? portfolioCode, CancellationToken cancellationToken)
    {
        var e164 = phones.NormalizeOrNull(callerId);
        if (e164 is null)
        {
            return [];
        }

        var matches = index.IsReady ? index.Find(hasher.IndexKey(e164)) : await FindInDatabaseAsync(hasher.Hash(e164), cancellationToken);
        return portfolioCode is null ? matches : matches.Where(m => m.PortfolioCode == portfolioCode).ToList();
    }

    private async Task<IReadOnlyList<CallerMatch>> FindInDatabaseAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.System);
        return await (
                from phone in db.ResidentPhones
                join resident in db.Residents on new { phone.PortfolioId, phone.ResidentId } equals new { resident.PortfolioId, ResidentId = resident.Id }
                join unit in db.Units on new { resident.PortfolioId, resident.UnitId } equals new { unit.PortfolioId, UnitId = unit.Id }
                join property in db.Properties on new { resident.PortfolioId, resident.PropertyId } equals new { property.PortfolioId, PropertyId = property.Id }
                join portfolio in db.Portfolios on resident.PortfolioId equals portfolio.Id
                where phone.Hash == hash && resident.Status != ResidentStatus.MovedOut
                select new CallerMatch(resident.Id, portfolio.Code, property.Code, unit.Code, resident.ExternalId, resident.FirstName, resident.LastName))
            .ToListAsync(cancellationToken);
    }
}
