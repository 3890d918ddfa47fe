using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>
/// Page calls from one number to one phone go out in the order they were queued, one settled before the next is
/// placed. Twilio's list shows a call's numbers and time but nothing of the hub's, so two calls to one technician in
/// doubt at once could not be told apart after a crash (the crash drill found one emergency's page taken for
/// another's, and the other never placed). With turns, the only call in doubt for a phone is the earliest row's.
/// </summary>
internal sealed class PageCallTurns(HubDatabase database)
{
    /// <summary>How soon a page that waits for its turn is tried again.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(1);

    /// <summary>Whether an earlier page call from the same number to the same phone is still unsettled.</summary>
    public async Task<bool> MustWaitAsync(OutboxRecord row, PageCallPayload call, CancellationToken cancellationToken)
    {
        List<(Guid Id, DateTimeOffset CreatedAt, string PayloadJson)> pending;
        await using (var db = database.Open(PortfolioScope.For(row.PortfolioId)))
        {
            pending = (await db.Outbox.AsNoTracking()
                    .Where(o => o.Id != row.Id && o.Kind == OutboxKinds.PageCall && o.Status == OutboxStatus.Pending)
                    .Select(o => new { o.Id, o.CreatedAt, o.PayloadJson }).ToListAsync(cancellationToken))
                .Select(o => (o.Id, o.CreatedAt, o.PayloadJson)).ToList();
        }

        return pending.Any(o => (o.CreatedAt < row.CreatedAt || (o.CreatedAt == row.CreatedAt && o.Id.CompareTo(row.Id) < 0))
            && PageCallPayload.Read(o.PayloadJson) is var other && other.To == call.To && other.From == call.From);
    }
}
