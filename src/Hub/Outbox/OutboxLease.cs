using AiPhoneCoverage.Hub.Storage;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// A worker's fenced hold on one outbox row. Taking it is one compare-and-set update that also counts the attempt and
/// records when it started, committed before anything is sent: a process that dies mid-delivery leaves a row whose
/// next attempt knows it must search first. The token is new with every lease; renewal and settle match on it, so a
/// worker that lost its lease (paused past it, cut off from the database) can neither extend nor settle the row.
/// </summary>
internal sealed class OutboxLease
{
    private OutboxLease(Guid portfolioId, Guid id, Guid token)
    {
        PortfolioId = portfolioId;
        Id = id;
        Token = token;
    }

    public Guid PortfolioId { get; }

    public Guid Id { get; }

    public Guid Token { get; }

    /// <summary>Leases the row if it is pending and nobody holds it; null when another worker has it or it is settled.</summary>
    public static async Task<OutboxLease?> TakeAsync(HubDatabase database, Guid portfolioId, Guid id, TimeSpan length, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var until = now + length;
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        using var writer = await database.EnterWriterAsync(cancellationToken);
        var taken = await db.Outbox
            .Where(o => o.Id == id && o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && (o.LeaseUntil == null || o.LeaseUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.LeaseUntil, until)
                    .SetProperty(o => o.LeaseToken, token)
                    .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                    .SetProperty(o => o.AttemptedAt, now),
                cancellationToken);
        return taken == 1 ? new OutboxLease(portfolioId, id, token) : null;
    }

    /// <summary>Extends the lease while a delivery runs; false when it was lost.</summary>
    public async Task<bool> RenewAsync(HubDatabase database, TimeSpan length, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + length;
        await using var db = database.Open(PortfolioScope.For(PortfolioId));
        using var writer = await database.EnterWriterAsync(cancellationToken);
        return await db.Outbox
            .Where(o => o.Id == Id && o.LeaseToken == Token && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>Hands the row back at once (shutdown); the counted attempt makes the next holder look before sending.</summary>
    public async Task ReleaseAsync(HubDatabase database, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await using var db = database.Open(PortfolioScope.For(PortfolioId));
            await db.Outbox
                .Where(o => o.Id == Id && o.LeaseToken == Token && o.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null).SetProperty(o => o.LeaseToken, (Guid?)null), bounded.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or DbException or InvalidOperationException)
        {
            // Not handed back: the lease runs out as after a crash.
        }
    }
}
