using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Outbox;

/// <summary>Queues and reads outbox rows of a test hub directly.</summary>
internal static class OutboxRows
{
    public static async Task<Guid> QueueAsync(TestHub hub, Guid portfolioId, string kind, string key, string payloadJson = "{}")
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        var row = OutboxQueue.Add(db, portfolioId, kind, "CA-outbox-test", key, payloadJson, hub.Get<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync();
        return row.Id;
    }

    public static async Task<OutboxRecord> ReadAsync(TestHub hub, Guid portfolioId, Guid id)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public static async Task<int> AuditCountAsync(TestHub hub, Guid portfolioId)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        return await db.AuditEntries.CountAsync(a => a.Subject == "CA-outbox-test");
    }
}
