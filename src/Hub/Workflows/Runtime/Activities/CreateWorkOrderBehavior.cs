using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.CreateWorkOrder: queues the work order for the property's PMS as an outbox row in the turn's
/// transaction (the outbox worker delivers it after the call has its answer). The unit is the identified resident's,
/// or the one the caller named among their homes when the number matched several.
/// </summary>
internal sealed class CreateWorkOrderBehavior : IActivityBehavior
{
    public const string ReferenceVariable = "WorkOrderRef";

    public string TypeName => "AiPhoneCoverage.CreateWorkOrder";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var analysis = IntakeState.GetAnalysis(context.State);
        var triage = context.State.Variables.TryGetValue(IntakeState.Triage, out var node) ? node : null;
        if (analysis is null || triage is null)
        {
            return ActivityOutcome.Fault("CreateWorkOrder needs AnalyzeRequest and ApplyTriagePolicy before it");
        }

        var turns = IntakeState.Turns(context.State);
        var resident = ResidentOnCall.Resolve(context.State, turns);
        var now = context.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var reference = "WO-" + id.ToString("N")[^6..].ToUpperInvariant();
        var summary = context.InputText("Summary") is { Length: > 0 } given ? given : Summarize(turns);
        var payload = new WorkOrderPayload(
            resident?.PropertyCode ?? CallScript.Text(context.State, "PropertyCode") ?? string.Empty,
            resident?.UnitCode,
            resident?.ExternalId,
            analysis.Category.ToWire(),
            triage["urgency"]!.GetValue<string>(),
            triage["life_safety"]?.GetValue<bool>() ?? false,
            summary,
            string.Join(" / ", turns),
            CallScript.Text(context.State, CallScript.CallerId),
            now,
            reference);
        var count = context.State.Variables.TryGetValue("WorkOrders", out var existing) && existing is JsonArray list ? list.Count : 0;
        context.Db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = context.PortfolioId,
            Id = id,
            Kind = OutboxKinds.WorkOrder,
            Subject = context.Subject,
            CorrelationKey = $"{context.Subject}:wo{count + 1}",
            PayloadJson = payload.ToJson(),
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        });
        context.State.Variables["WorkOrders"] = existing is JsonArray array ? array : new JsonArray();
        ((JsonArray)context.State.Variables["WorkOrders"]!).Add(id.ToString("N"));
        context.SetVariable(ReferenceVariable, JsonValue.Create(reference));
        context.SetOutput("WorkOrderId", JsonValue.Create(id.ToString("N")));
        context.Audit("work_order_queued", new
        {
            id = id.ToString("N"),
            reference,
            property = payload.PropertyCode,
            unit = payload.UnitCode,
            resident = payload.ResidentExternalId,
            category = payload.Category,
            urgency = payload.Urgency,
        });
        var policy = await RoutingPolicies.LoadAsync(context.Db, context.CancellationToken);
        SlaClocks.Start(context.Db, policy.Sla, new SlaStart(
            context.Subject, id, reference, PropertyIdOf(context), payload.PropertyCode, payload.Urgency, context.Instance.CreatedAt));
        if (payload.Urgency == "emergency" && context.Input("Notify") is not false)
        {
            var trade = Trades.ForCategory(analysis.Category);
            var escalation = await EscalationStarter.StartAsync(context, payload, id, trade, payload.ContactPhone, CallScript.Text(context.State, CallScript.CalledNumber));
            context.SetVariable(EscalationVariables.EscalationId, JsonValue.Create(escalation.Id.ToString("N")));
        }

        return ActivityOutcome.Done;
    }

    private static Guid? PropertyIdOf(ActivityContext context) =>
        Guid.TryParse(CallScript.Text(context.State, CallScript.PropertyId), out var propertyId) ? propertyId : null;

    private static string Summarize(IReadOnlyList<string> turns)
    {
        var first = turns.Count > 0 ? turns[0].Trim() : "Request taken by phone";
        return first.Length <= 100 ? first : first[..97] + "...";
    }
}
