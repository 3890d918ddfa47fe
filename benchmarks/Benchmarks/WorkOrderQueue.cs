using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// Queues a work order as CreateWorkOrderBehavior does at the end of a call: one outbox row, due now, committed in its
/// own transaction; its correlation key (<c>{CallSid}:wo1</c>) travels into the PMS's description.
/// </summary>
internal static class WorkOrderQueue
{
    public static async Task<(Guid Id, string Key)> AddAsync(HubDatabase database, Guid portfolioId, PmsDemo pms, string callSid, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var key = $"{callSid}:wo1";
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = portfolioId,
            Id = id,
            Kind = OutboxKinds.WorkOrder,
            Subject = callSid,
            CorrelationKey = key,
            PayloadJson = new WorkOrderPayload(pms.Property, pms.Unit, pms.Resident, "plumbing", "urgent", false, "Leak under the kitchen sink",
                "there's water under my sink / it's dripping into the cabinet", pms.ResidentNumber, now, "WO-" + id.ToString("N")[^6..].ToUpperInvariant()).ToJson(),
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return (id, key);
    }
}
