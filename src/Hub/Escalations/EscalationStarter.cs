using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// Starts an emergency's paging in the unit of work that queues its work order: the escalations row and an instance of
/// the portfolio's Escalation workflow, whose first Notify queues the first pages at once. Paging never waits for the
/// PMS: the work order and the pages are separate outbox rows.
/// </summary>
internal static class EscalationStarter
{
    public const string DefinitionId = "escalation";

    public static async Task<EscalationRecord> StartAsync(
        ActivityContext context, WorkOrderPayload workOrder, Guid workOrderId, string trade, string? residentPhone, string? hubNumber)
    {
        var now = context.Time.GetUtcNow();
        var escalation = new EscalationRecord
        {
            PortfolioId = context.PortfolioId,
            Id = Guid.CreateVersion7(now),
            Subject = context.Subject,
            WorkOrderId = workOrderId,
            WorkOrderRef = workOrder.Reference,
            PropertyCode = workOrder.PropertyCode,
            UnitCode = workOrder.UnitCode,
            Trade = trade,
            Summary = workOrder.Summary.Length <= 200 ? workOrder.Summary : workOrder.Summary[..197] + "...",
            AckCode = await EscalationStore.NewAckCodeAsync(context.Db, context.CancellationToken),
            InstanceId = Guid.CreateVersion7(now),
            Status = EscalationStatus.Paging,
            ResidentPhone = residentPhone,
            HubNumber = hubNumber,
            StartedAt = now,
        };
        context.Db.Escalations.Add(escalation);
        context.StartWorkflow(new WorkflowStart(DefinitionId, escalation.InstanceId, escalation.Id.ToString("N"), new Dictionary<string, JsonNode?>
        {
            [EscalationVariables.EscalationId] = JsonValue.Create(escalation.Id.ToString("N")),
            ["CallSid"] = JsonValue.Create(context.Subject),
            [CallScript.ClockOffsetSeconds] = context.State.Variables.GetValueOrDefault(CallScript.ClockOffsetSeconds)?.DeepClone(),
        }));
        context.Audit("escalation_started", new { escalation = escalation.Id.ToString("N"), reference = workOrder.Reference, trade, code = escalation.AckCode });
        return escalation;
    }
}
