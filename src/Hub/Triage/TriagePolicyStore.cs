using System.Collections.Concurrent;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// A portfolio's triage policy versions: import writes the draft (in place), publish makes it the next published
/// version, and the published one (or the default, when none was ever published) is what calls are triaged with.
/// </summary>
internal sealed class TriagePolicyStore(HubDatabase database, TimeProvider time)
{
    /// <summary>
    /// Every call turn reads the policy: it is kept for this long per portfolio, so a turn does not pay a query and a
    /// parse, and a policy published by another process is in use within this time.
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, (TriagePolicy Policy, int? Version, long ReadAt)> _published = new();

    public async Task<(TriagePolicy Policy, int? Version)> PublishedAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue(portfolioId, out var cached) && time.GetElapsedTime(cached.ReadAt) < CacheFor)
        {
            return (cached.Policy, cached.Version);
        }

        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var record = await db.TriagePolicies.AsNoTracking().Where(p => p.IsPublished).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        var published = record is null ? (TriagePolicy.Default, (int?)null) : (TriagePolicyJson.Read(record.Json).Policy!, record.Version);
        _published[portfolioId] = (published.Item1, published.Item2, time.GetTimestamp());
        return published;
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
        _published.TryRemove(portfolioId, out _);
        return draft.Version;
    }
}
