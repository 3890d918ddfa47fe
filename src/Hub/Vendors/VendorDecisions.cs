using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// What a vendor's answer does to its dispatch, in the caller's unit of work. Accepted: the resident gets the
/// portfolio's <c>vendorAssigned</c> text and the work order's respond clock is met. Declined (or refused for good by
/// the dispatcher): the next preferred vendor gets the work order, or nobody does and the trail says so. Undecided: the
/// status is read again later, waiting twice as long each time up to a cap.
/// </summary>
internal sealed class VendorDecisions(IOptions<VendorOptions> options)
{
    public async Task ApplyAsync(
        HubDbContext db, VendorDispatchRecord dispatch, VendorRecord vendor, VendorDispatchPayload payload, string correlationKey, DispatchReceipt receipt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        dispatch.ExternalId = Clip(receipt.ExternalId);
        dispatch.VendorStatus = Clip(receipt.Status);
        dispatch.Revision++;
        if (receipt.Accepted)
        {
            await AcceptAsync(db, dispatch, vendor, payload, correlationKey, now, cancellationToken);
        }
        else if (VendorDispatchStatus.MeansDeclined(receipt.Status))
        {
            dispatch.Status = VendorDispatchStatus.Declined;
            dispatch.NextPollAt = null;
            VendorAudit.Add(db, dispatch.Subject, "vendor_declined", new
            {
                dispatch = dispatch.Id.ToString("N"), reference = dispatch.WorkOrderRef, vendor = vendor.Code, status = dispatch.VendorStatus,
            }, now);
            await NextVendorAsync(db, dispatch, payload, now, cancellationToken);
        }
        else
        {
            dispatch.NextPollAt = now + NextWait(dispatch, now);
        }
    }

    /// <summary>The dispatcher refused the dispatch in a way retrying cannot fix: the next vendor is asked.</summary>
    public static async Task FailAsync(
        HubDbContext db, VendorDispatchRecord dispatch, VendorRecord vendor, VendorDispatchPayload payload, ProviderError error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        dispatch.Status = VendorDispatchStatus.Failed;
        dispatch.NextPollAt = null;
        dispatch.Revision++;
        VendorAudit.Add(db, dispatch.Subject, "vendor_failed", new
        {
            dispatch = dispatch.Id.ToString("N"), reference = dispatch.WorkOrderRef, vendor = vendor.Code, error = error.Code, kind = error.Kind.ToString(),
        }, now);
        await NextVendorAsync(db, dispatch, payload, now, cancellationToken);
    }

    /// <summary>How long until the status is read again: the time since it was sent, from the first wait up to the cap (so each wait doubles).</summary>
    public TimeSpan NextWait(VendorDispatchRecord dispatch, DateTimeOffset now)
    {
        var since = now - (dispatch.SentAt ?? now);
        var wait = since > options.Value.FirstStatusRead ? since : options.Value.FirstStatusRead;
        return wait < options.Value.StatusReadCap ? wait : options.Value.StatusReadCap;
    }

    private static async Task AcceptAsync(
        HubDbContext db, VendorDispatchRecord dispatch, VendorRecord vendor, VendorDispatchPayload payload, string correlationKey, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        dispatch.Status = VendorDispatchStatus.Accepted;
        dispatch.AcceptedAt = now;
        dispatch.NextPollAt = null;
        VendorAudit.Add(db, dispatch.Subject, "vendor_accepted", new
        {
            dispatch = dispatch.Id.ToString("N"), reference = dispatch.WorkOrderRef, vendor = vendor.Code, status = dispatch.VendorStatus, external_id = dispatch.ExternalId,
        }, now);

        var order = payload.WorkOrder;
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == order.PropertyCode, cancellationToken);
        if (order.ContactPhone is { } to && property is not null && await VendorTexts.FromNumberAsync(db, dispatch.Subject, property.Id, cancellationToken) is { } from)
        {
            var policy = await RoutingPolicies.LoadAsync(db, cancellationToken);
            var text = ResidentMessages.Fill(policy.Messages.VendorAssigned, new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["reference"] = order.Reference, ["property"] = property.Name, ["unit"] = order.UnitCode, ["category"] = order.Category,
                ["urgency"] = order.Urgency, ["vendor"] = vendor.Name,
            });
            var row = OutboxQueue.Sms(db, db.Scope.PortfolioId, dispatch.Subject, ResidentTextKey(dispatch.Subject, correlationKey), new SmsPayload(from, to, text), now);
            VendorAudit.Add(db, dispatch.Subject, "notification_queued", new { id = row.Id.ToString("N"), channel = "sms", to = "caller", reference = order.Reference, message = "vendor_assigned" }, now);
        }

        await SlaClocks.MeetAsync(db, dispatch.WorkOrderId, SlaPolicy.Respond, now, cancellationToken);
    }

    private static async Task NextVendorAsync(HubDbContext db, VendorDispatchRecord dispatch, VendorDispatchPayload payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var asked = (await db.VendorDispatches.Where(d => d.WorkOrderId == dispatch.WorkOrderId).Select(d => d.VendorId).ToListAsync(cancellationToken))
            .Append(dispatch.VendorId).ToHashSet();
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == payload.WorkOrder.PropertyCode, cancellationToken);
        IReadOnlyList<VendorCandidate> next = property is null ? [] : await VendorCandidates.ForAsync(db, property.Id, dispatch.Trade, asked, cancellationToken);
        if (next.Count == 0)
        {
            VendorAudit.Add(db, dispatch.Subject, "vendor_unassigned", new
            {
                reference = dispatch.WorkOrderRef, trade = dispatch.Trade, vendors_asked = asked.Count, reason = "every preferred vendor declined or could not be reached",
            }, now);
            return;
        }

        await VendorQueue.AddAsync(db, dispatch.Subject, dispatch.WorkOrderId, payload.WorkOrder, dispatch.Trade, next[0], property!, now, cancellationToken);
    }

    /// <summary><c>{subject}:assigned:vendor{n}</c>: the resident's text about dispatch n (the call report lists it as the caller's).</summary>
    public static string ResidentTextKey(string subject, string dispatchKey) => $"{subject}:assigned:{dispatchKey[(subject.Length + 1)..]}";

    private static string? Clip(string? text) => text is null || text.Length <= 100 ? text : text[..100];
}
