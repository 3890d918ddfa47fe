using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Hub.Tests.Escalations;

/// <summary>Starts an emergency's escalation as CreateWorkOrder does (the row and the Escalation workflow, one transaction), without a call.</summary>
internal static class EscalationSeed
{
    /// <summary>Returns the escalation and its first page.</summary>
    public static async Task<(Guid Escalation, Guid Step)> StartAsync(TestHub hub, Guid portfolioId, string callSid, DateTimeOffset now)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        var escalation = new EscalationRecord
        {
            PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Subject = callSid, WorkOrderId = Guid.CreateVersion7(), WorkOrderRef = "WO-" + callSid[^6..],
            PropertyCode = "maple-court", UnitCode = "1A", Trade = "plumbing", Summary = "Water through the ceiling",
            AckCode = await EscalationStore.NewAckCodeAsync(db, CancellationToken.None), InstanceId = Guid.CreateVersion7(), Status = EscalationStatus.Paging,
            StartedAt = now,
        };
        db.Escalations.Add(escalation);
        await hub.Get<WorkflowRunner>().StartAsync(db, new WorkflowStart(EscalationStarter.DefinitionId, escalation.InstanceId, escalation.Id.ToString("N"), new Dictionary<string, JsonNode?>
        {
            [EscalationVariables.EscalationId] = escalation.Id.ToString("N"),
            ["CallSid"] = callSid,
        }), CancellationToken.None);
        await db.SaveChangesAsync();
        return (escalation.Id, db.EscalationSteps.Local.Single(s => s.EscalationId == escalation.Id).Id);
    }
}
