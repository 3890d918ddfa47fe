using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Escalations;

/// <summary>
/// The hub as its own process is killed (SIGKILL) while a page waits for its 5 s timeout, stays down past it, and is
/// started again on the same data: the timeout fires exactly once, after its due time, and the next tier is paged once.
/// It waits for conditions, never for a fixed time, and asserts no timing: how late the timeout fires is measured in
/// the durable-timer benchmark (docs/performance.md).
/// </summary>
public sealed class EscalationRestartTests
{
    [Fact]
    public async Task A_page_timeout_pending_when_the_hub_is_killed_fires_exactly_once_after_the_restart()
    {
        var folder = new TempFolder();
        await using var hub = await TestHub.OnFolderAsync(folder, Provider.Sqlite); // disposes the folder too
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(RepoPaths.DemoPortfolio, CancellationToken.None)).Succeeded);
        var shortTiers = folder.Combine("short-tiers.json");
        await File.WriteAllTextAsync(shortTiers, """
            { "code": "demo", "name": "Demo Property Management", "escalation": { "tiers": [
              { "name": "primary", "target": "contact:ben-okafor", "channels": ["sms"], "timeout": "00:00:05" },
              { "name": "backup", "target": "contact:dana-lindqvist", "channels": ["sms"], "timeout": "00:00:30" } ] } }
            """);
        // Named contacts, not "on-call" and "backup": this test runs on the real clock, and who is on call (and whether the
        // backup is the same person) depends on the day and the hour.
        var imported = await hub.Get<PortfolioImporter>().ImportAsync(shortTiers, CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;

        var serving = await HubProcess.StartAsync(folder.Combine("data"));
        var (escalationId, _) = await EscalationSeed.StartAsync(hub, portfolioId, "CArestart01", DateTimeOffset.UtcNow);
        await serving.KillAsync(); // well before the 5 s timeout
        var primary = Assert.Single(await StepsAsync(hub, portfolioId, escalationId, _ => true));
        await Eventually.UntilAsync(() => DateTimeOffset.UtcNow > primary.DueAt, "the primary tier's timeout passes while the hub is down");
        Assert.Empty(await StepsAsync(hub, portfolioId, escalationId, s => s.TimedOutAt != null));

        await using var restarted = await HubProcess.StartAsync(folder.Combine("data"));
        var seen = string.Empty;
        await Eventually.UntilAsync(
            async () => (await StepsAsync(hub, portfolioId, escalationId, _ => true)).Count >= 2 || (seen = await DescribeAsync(hub, portfolioId)) is null,
            "the restarted hub pages the backup tier", detail: () => $"{seen}\n{restarted.Output}");

        // The timer is deleted in the transaction that fires it: with none left for the primary tier, it cannot fire again.
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        Assert.False(await db.WorkflowTimers.AnyAsync(t => t.DueAt <= primary.DueAt), "the primary tier's timer is still pending");
        var steps = await StepsAsync(hub, portfolioId, escalationId, _ => true);
        Assert.Equal(["primary", "backup"], steps.Select(s => s.Tier));
        Assert.NotNull(steps[0].TimedOutAt);
        Assert.True(steps[0].TimedOutAt >= steps[0].DueAt, $"fired at {steps[0].TimedOutAt}, before its due time {steps[0].DueAt}");
        Assert.Null(steps[1].TimedOutAt);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Subject == "CArestart01" && a.Kind == "page_timed_out"));
    }

    private static async Task<string> DescribeAsync(TestHub hub, Guid portfolioId)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        var timers = await db.WorkflowTimers.AsNoTracking().Select(t => t.DueAt).ToListAsync();
        var audit = await db.AuditEntries.AsNoTracking().Select(a => a.Kind).ToListAsync();
        return $"timers due: {string.Join(", ", timers)}; audit: {string.Join(", ", audit)}";
    }

    private static async Task<List<EscalationStepRecord>> StepsAsync(TestHub hub, Guid portfolioId, Guid escalationId, Func<EscalationStepRecord, bool> where)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        return (await db.EscalationSteps.AsNoTracking().Where(s => s.EscalationId == escalationId).OrderBy(s => s.Number).ToListAsync()).Where(where).ToList();
    }
}
