using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Sends a queued dispatch through the vendor's dispatcher plugin with its decrypted settings; the outbox row's
/// correlation key is the idempotency key (the plugins find or keep the first job when a retry follows an unknown
/// outcome). The vendor's answer is applied to the dispatch in its own transaction before the row is settled.
/// </summary>
internal sealed class VendorDispatchDelivery(
    IServiceProvider services, HubDatabase database, VendorSettings settings, VendorDecisions decisions, IOptions<HubOptions> hub, TimeProvider time) : IOutboxDelivery
{
    public string Kind => OutboxKinds.VendorDispatch;

    public async Task<Result<string>> DeliverAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var payload = VendorDispatchPayload.Read(row.PayloadJson);
        await using var db = database.Open(PortfolioScope.For(row.PortfolioId));
        var dispatch = await db.VendorDispatches.SingleOrDefaultAsync(d => d.Id == payload.DispatchId, cancellationToken);
        if (dispatch is null)
        {
            return Result<string>.Failure(ProviderError.Permanent("unknown_dispatch", "the vendor dispatch this row delivers does not exist"));
        }

        if (dispatch.Status == VendorDispatchStatus.Failed)
        {
            return Result<string>.Failure(ProviderError.Permanent("dispatch_failed", "the dispatch was given up and the next vendor asked; it is not sent again"));
        }

        if (dispatch.Status != VendorDispatchStatus.Queued)
        {
            // Sent before, and the process stopped before the row was settled: nothing more to send.
            return Result<string>.Success(dispatch.ExternalId ?? row.CorrelationKey);
        }

        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == dispatch.VendorId, cancellationToken);
        var sent = services.GetKeyedService<IVendorDispatcher>(vendor.Dispatcher) is { } dispatcher
            ? await dispatcher.DispatchAsync(Request(row, payload, vendor, dispatch.NotToExceed), cancellationToken)
            : Result<DispatchReceipt>.Failure(ProviderError.Permanent("no_dispatcher", $"the '{vendor.Dispatcher}' vendor dispatcher is not loaded (see `aipc plugins`)"));
        var now = time.GetUtcNow();
        if (sent.IsSuccess)
        {
            dispatch.Status = VendorDispatchStatus.Sent;
            dispatch.SentAt = now;
            await decisions.ApplyAsync(db, dispatch, vendor, payload, row.CorrelationKey, sent.Value, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Result<string>.Success(sent.Value.ExternalId);
        }

        // Refused for good, or still failing when the outbox gives the row up: the next vendor is asked.
        if (sent.Error.Kind == ErrorKind.Permanent || now - row.CreatedAt >= hub.Value.OutboxMaxAge)
        {
            await VendorDecisions.FailAsync(db, dispatch, vendor, payload, sent.Error, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result<string>.Failure(sent.Error);
    }

    /// <summary>The outbox gave the row up at its maximum age: the dispatch fails and the next vendor is asked.</summary>
    public async Task GiveUpAsync(OutboxRecord row, CancellationToken cancellationToken)
    {
        var payload = VendorDispatchPayload.Read(row.PayloadJson);
        await using var db = database.Open(PortfolioScope.For(row.PortfolioId));
        var dispatch = await db.VendorDispatches.SingleOrDefaultAsync(d => d.Id == payload.DispatchId, cancellationToken);
        if (dispatch is not { Status: VendorDispatchStatus.Queued })
        {
            return;
        }

        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == dispatch.VendorId, cancellationToken);
        var error = ProviderError.Transient("too_old", $"not sent to the vendor within {hub.Value.OutboxMaxAge}");
        await VendorDecisions.FailAsync(db, dispatch, vendor, payload, error, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DispatchRequest Request(OutboxRecord row, VendorDispatchPayload payload, VendorRecord vendor, decimal? notToExceed)
    {
        var order = payload.WorkOrder;
        var workOrder = new WorkOrderRequest(
            row.CorrelationKey, order.PropertyCode, order.UnitCode ?? string.Empty, order.ResidentExternalId, WireEnum.Parse<Category>(order.Category),
            WireEnum.Parse<Urgency>(order.Urgency), order.Summary, order.Description, PermissionToEnter.Unknown, null, order.ContactPhone, order.ReportedAt);
        return new DispatchRequest(workOrder, vendor.Code, notToExceed, settings.For(vendor));
    }
}
