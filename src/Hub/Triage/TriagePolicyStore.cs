using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// A portfolio's triage policy versions: import writes the draft (in place), publish makes it the next published
/// version, and the published one (or the default, when none was ever published) is what calls are triaged with.
/// </summary>
internal sealed class TriagePolicyStore(HubDatabase database, TimeProvider time)
{
    public async Task<(TriagePolicy Policy, int? Version)> PublishedAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var record = await db.TriagePolicies.AsNoTracking().Where(p => p.IsPublished).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        return record is null ? (TriagePolicy.Default, null) : (TriagePolicyJson.Read(record.Json).Policy!, record.Version);
    }

    public async Task<int> SaveDraftAsync(Guid portfolioId, TriagePolicy policy, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var now = time.GetUtcNow();
        var draft = await db.TriagePolicies.SingleOrDefaultAsync(p => !p.IsPublished, cancellationToken);
        if (draft is null)
        {
            var last = await db.TriagePolicies.MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
            draft = new TriagePolicyRecord { PortfolioId = portfolioId, Version = last + 1, Json = string.Empty, CreatedAt = now };
            db.TriagePolicies.Add(draft);
        }

        draft.Json = TriagePolicyJson.Write(policy);
        draft.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return draft.Version;
    }

    /// <summary>Publishes the draft; null when there is none.</summary>
    public async Task<int?> PublishDraftAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var draft = await db.TriagePolicies.SingleOrDefaultAsync(p => !p.IsPublished, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        draft.IsPublished = true;
        draft.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return draft.Version;
    }
}
