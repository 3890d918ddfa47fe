using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Vendors;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Dispatch: sends the work order CreateWorkOrder queued to whoever does the work. An emergency is
/// already paging the on-call technician (CreateWorkOrder started its Escalation): Technician. Otherwise the work
/// order goes to the preferred vendor of its property and trade, with the not-to-exceed amount: Vendor. With neither,
/// NobodyAvailable, and the audit trail says why; the work order still reaches the PMS.
/// </summary>
internal sealed class DispatchBehavior(VendorRouting vendors) : IActivityBehavior
{
    /// <summary>The Trade input's value that means "the trade of the work order's category".</summary>
    public const string FromCategory = "auto";

    public string TypeName => "AiPhoneCoverage.Dispatch";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        if (CallScript.Text(context.State, EscalationVariables.EscalationId) is { } escalationId)
        {
            context.Audit("dispatch_paging", new { escalation = escalationId });
            return ActivityOutcome.Take("Technician");
        }

        var workOrderId = LastWorkOrder(context);
        var row = workOrderId is null
            ? null
            : context.Db.Outbox.Local.FirstOrDefault(o => o.Id == workOrderId)
              ?? await context.Db.Outbox.AsNoTracking().SingleOrDefaultAsync(o => o.Id == workOrderId, context.CancellationToken);
        if (row is null)
        {
            context.Audit("dispatch_skipped", new { reason = "no work order was created before Dispatch" });
            return ActivityOutcome.Take("NobodyAvailable");
        }

        var workOrder = WorkOrderPayload.Read(row.PayloadJson);
        var trade = context.InputText("Trade") is { } given && given != FromCategory && Trades.TryParse(given, out var chosen)
            ? chosen
            : Sdk.WireNames.TryParse<Sdk.Category>(workOrder.Category, out var category) ? Trades.ForCategory(category) : Trades.General;
        var choice = await vendors.QueueAsync(context.Db, context.Subject, row.Id, workOrder, trade, context.CancellationToken);
        if (choice is null)
        {
            context.Audit("dispatch_skipped", new { reference = workOrder.Reference, trade, reason = $"no preferred {trade} vendor for {workOrder.PropertyCode}" });
            return ActivityOutcome.Take("NobodyAvailable");
        }

        return ActivityOutcome.Take("Vendor");
    }

    private static Guid? LastWorkOrder(ActivityContext context) =>
        context.State.Variables.GetValueOrDefault("WorkOrders") is System.Text.Json.Nodes.JsonArray { Count: > 0 } ids && Guid.TryParseExact(ids[^1]!.GetValue<string>(), "N", out var id)
            ? id
            : null;
}
