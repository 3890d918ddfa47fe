using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Queues a work order for one vendor in the caller's unit of work: the dispatch (queued), its outbox row (same id;
/// correlation key <c>{subject}:vendor{n}</c>, the vendor's idempotency key), a text to the vendor's SMS number when it
/// has one, and a <c>vendor_queued</c> audit entry.
/// </summary>
internal static class VendorQueue
{
    public static async Task<VendorDispatchRecord> AddAsync(
        HubDbContext db, string subject, Guid workOrderId, WorkOrderPayload order, string trade, VendorCandidate candidate, PropertyRecord property, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var earlier = await db.VendorDispatches.CountAsync(d => d.Subject == subject, cancellationToken)
            + db.ChangeTracker.Entries<VendorDispatchRecord>().Count(e => e.State == EntityState.Added && e.Entity.Subject == subject);
        var key = $"{subject}:vendor{earlier + 1}";
        var vendor = candidate.Vendor;
        var dispatch = new VendorDispatchRecord
        {
            PortfolioId = db.Scope.PortfolioId,
            Id = AuditIds.Next(now), // dispatches of one work order sort in the order they were queued, even in one instant
            Subject = subject,
            WorkOrderId = workOrderId,
            WorkOrderRef = order.Reference,
            VendorId = vendor.Id,
            Trade = trade,
            NotToExceed = candidate.NotToExceed,
            Status = VendorDispatchStatus.Queued,
            CreatedAt = now,
        };
        db.VendorDispatches.Add(dispatch);
        AddDispatchRow(db, dispatch.Id, subject, key, property.Id, new VendorDispatchPayload(dispatch.Id, vendor.Code, candidate.NotToExceed, order).ToJson(), now);

        var texted = false;
        if (vendor.SmsPhone is { } to && await VendorTexts.FromNumberAsync(db, subject, property.Id, cancellationToken) is { } from)
        {
            var text = VendorTexts.ToVendor(order, property.Name, trade, candidate.NotToExceed);
            OutboxQueue.Sms(db, db.Scope.PortfolioId, subject, key + ":sms", new SmsPayload(from, to, text), now);
            texted = true;
        }

        VendorAudit.Add(db, subject, "vendor_queued", new
        {
            dispatch = dispatch.Id.ToString("N"),
            reference = order.Reference,
            vendor = vendor.Code,
            dispatcher = vendor.Dispatcher,
            trade,
            preference = new { trade = candidate.Trade, portfolio_wide = candidate.PortfolioWide, rank = candidate.Rank },
            not_to_exceed = candidate.NotToExceed,
            correlation_key = key,
            text_to_vendor = texted,
        }, now);
        return dispatch;
    }

    /// <summary>The dispatch's outbox row, with the dispatch's own id (the status worker finds one from the other).</summary>
    private static void AddDispatchRow(HubDbContext db, Guid id, string subject, string correlationKey, Guid propertyId, string payloadJson, DateTimeOffset now) =>
        OutboxQueue.Add(db, db.Scope.PortfolioId, OutboxKinds.VendorDispatch, subject, correlationKey, payloadJson, now, id, propertyId);
}
