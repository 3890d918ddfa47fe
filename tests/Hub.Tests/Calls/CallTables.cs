using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>Row counts of every table a webhook can write, to prove that a refused one wrote nothing.</summary>
internal static class CallTables
{
    public static async Task<string> CountAsync(HubDatabase database)
    {
        await using var db = database.Open(PortfolioScope.System);
        return string.Join(", ",
            $"calls {await db.Calls.CountAsync()}",
            $"call_turns {await db.CallTurns.CountAsync()}",
            $"webhook_receipts {await db.WebhookReceipts.CountAsync()}",
            $"audit_entries {await db.AuditEntries.CountAsync()}",
            $"outbox {await db.Outbox.CountAsync()}",
            $"workflow_instances {await db.WorkflowInstances.CountAsync()}");
    }
}
