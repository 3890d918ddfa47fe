using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Escalations;

/// <summary>
/// The hub as its own process is killed (SIGKILL) while a page waits for its 5 s timeout, stays down past it, and is
/// started again on the same data: the timeout fires exactly once, late by about the restart time, and the next tier
/// is paged once.
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
              { "name": "primary", "target": "on-call", "channels": ["sms"], "timeout": "00:00:05" },
              { "name": "backup", "target": "backup", "channels": ["sms"], "timeout": "00:00:30" } ] } }
            """);
        var imported = await hub.Get<PortfolioImporter>().ImportAsync(shortTiers, CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;

        var serving = await HubProcess.StartAsync(folder.Combine("data"));
        var (escalationId, _) = await EscalationSeed.StartAsync(hub, portfolioId, "CArestart01", DateTimeOffset.UtcNow);
        await serving.KillAsync(); // well before the 5 s timeout
        await Task.Delay(TimeSpan.FromSeconds(7)); // down past it
        Assert.Empty(await StepsAsync(hub, portfolioId, escalationId, s => s.TimedOutAt != null));

        var restartedAt = DateTimeOffset.UtcNow;
        await using var restarted = await HubProcess.StartAsync(folder.Combine("data"));
        var upAfter = DateTimeOffset.UtcNow - restartedAt;
        for (var i = 0; i < 100 && (await StepsAsync(hub, portfolioId, escalationId, _ => true)).Count < 2; i++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // a second firing would show by now
        var steps = await StepsAsync(hub, portfolioId, escalationId, _ => true);
        Assert.Equal(["primary", "backup"], steps.Select(s => s.Tier));
        var first = steps[0];
        Assert.NotNull(first.TimedOutAt);
        Assert.Null(steps[1].TimedOutAt);
        var late = first.TimedOutAt!.Value - first.DueAt;
        Assert.True(late <= TimeSpan.FromSeconds(7) + upAfter + TimeSpan.FromSeconds(2), $"fired {late} after its due time; the hub took {upAfter} to start");
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Subject == "CArestart01" && a.Kind == "page_timed_out"));
    }

    private static async Task<List<EscalationStepRecord>> StepsAsync(TestHub hub, Guid portfolioId, Guid escalationId, Func<EscalationStepRecord, bool> where)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        return (await db.EscalationSteps.AsNoTracking().Where(s => s.EscalationId == escalationId).OrderBy(s => s.Number).ToListAsync()).Where(where).ToList();
    }
}
