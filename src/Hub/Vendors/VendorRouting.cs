using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Picks the preferred vendor of a work order's property and trade and queues the dispatch in the caller's unit of work.
/// </summary>
internal sealed class VendorRouting
{
    /// <summary>Queues the work order for its preferred vendor; null when the property and trade have none.</summary>
    /// <param name="db">The turn's unit of work.</param>
    /// <param name="subject">The call's CallSid.</param>
    /// <param name="workOrderId">The hub's work-order id (its outbox row).</param>
    /// <param name="workOrder">The work order as queued for the PMS.</param>
    /// <param name="trade">plumbing, hvac, electrical or general.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Placeholder until vendor dispatch lands")]
    public Task<VendorChoice?> QueueAsync(HubDbContext db, string subject, Guid workOrderId, WorkOrderPayload workOrder, string trade, CancellationToken cancellationToken) =>
        Task.FromResult<VendorChoice?>(null);
}
