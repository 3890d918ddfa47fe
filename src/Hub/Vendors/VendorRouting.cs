using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Picks the preferred vendor of a work order's property and trade and queues the dispatch in the caller's unit of work
/// (docs/routing.md, "Vendor dispatch"); the outbox delivers it after the turn commits.
/// </summary>
internal sealed class VendorRouting(TimeProvider time)
{
    /// <summary>Queues the work order for its preferred vendor; null when the property and trade have none.</summary>
    /// <param name="db">The turn's unit of work.</param>
    /// <param name="subject">The call's CallSid.</param>
    /// <param name="workOrderId">The hub's work-order id (its outbox row).</param>
    /// <param name="workOrder">The work order as queued for the PMS.</param>
    /// <param name="trade">plumbing, hvac, electrical or general.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<VendorChoice?> QueueAsync(HubDbContext db, string subject, Guid workOrderId, WorkOrderPayload workOrder, string trade, CancellationToken cancellationToken)
    {
        if (!Trades.TryParse(trade, out var asked))
        {
            throw new ArgumentException($"'{trade}' is not {Trades.Listed}", nameof(trade));
        }

        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == workOrder.PropertyCode, cancellationToken);
        if (property is null)
        {
            return null;
        }

        var candidates = await VendorCandidates.ForAsync(db, property.Id, asked, new HashSet<Guid>(), cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (workOrder.UnitCode is null)
        {
            // A vendor needs the unit; a caller who was not identified leaves that to the office.
            VendorAudit.Add(db, subject, "vendor_skipped", new { reference = workOrder.Reference, trade = asked, reason = "the caller was not identified, so there is no unit" }, now);
            return null;
        }

        var chosen = candidates[0];
        await VendorQueue.AddAsync(db, subject, workOrderId, workOrder, asked, chosen, property, now, cancellationToken);
        return new VendorChoice(chosen.Vendor.Code, chosen.Vendor.Name, chosen.NotToExceed);
    }
}
