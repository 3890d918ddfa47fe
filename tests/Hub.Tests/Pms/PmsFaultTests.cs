using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>
/// Every fault mode of every PMS simulator, through the real connector plugins and the outbox worker on a fake clock
/// (reliability.md T3): while the PMS fails, work orders wait; after it recovers, each exists in the PMS exactly once,
/// the created-then-dropped and no-id cases included.
/// </summary>
public sealed class PmsFaultTests
{
    public static TheoryData<string, PmsFaultKind> Cases()
    {
        var cases = new TheoryData<string, PmsFaultKind>();
        foreach (var plugin in new[] { "yardi", "realpage", "appfolio" })
        {
            foreach (var kind in new[] { PmsFaultKind.ServerError, PmsFaultKind.ConnectionReset, PmsFaultKind.MalformedBody, PmsFaultKind.Throttled, PmsFaultKind.CreatedThenDropped, PmsFaultKind.NoIdReturned })
            {
                cases.Add(plugin, kind);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task After_the_fault_every_work_order_exists_in_the_pms_exactly_once(string plugin, PmsFaultKind kind)
    {
        var pms = DemoPms.Named(plugin);
        await using var world = await SimulatedPms.StartAsync();
        var simulator = world.Simulator(plugin);
        var keys = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            keys.Add(await world.QueueAsync(pms, $"CAfault{i}"));
        }

        simulator.InjectFault(kind == PmsFaultKind.Throttled ? PmsFault.Throttled(TimeSpan.FromSeconds(20)) : PmsFault.Of(kind), count: 4);
        for (var pass = 0; pass < 40 && !await SettledAsync(world); pass++)
        {
            await world.DeliverAsync();
            world.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        await using var db = world.Hub.Database.Open(PortfolioScope.For(world.PortfolioId));
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.WorkOrder).ToListAsync();
        Assert.All(rows, r => Assert.True(r.Status == OutboxStatus.Delivered, $"{r.CorrelationKey}: {r.Status} after {r.Attempts} attempts ({r.LastError})"));
        if (kind is PmsFaultKind.ServerError or PmsFaultKind.ConnectionReset or PmsFaultKind.MalformedBody or PmsFaultKind.Throttled)
        {
            Assert.True(rows.Sum(r => r.Attempts) > rows.Count, "the fault made no work order wait: it never reached the connector");
        }

        var ledger = DemoPms.Ledger(simulator);
        Assert.All(keys, key => Assert.Single(ledger, w => w.Text.Contains(key, StringComparison.Ordinal)));
        Assert.Equal(keys.Count, ledger.Count);
    }

    private static async Task<bool> SettledAsync(SimulatedPms world)
    {
        await using var db = world.Hub.Database.Open(PortfolioScope.For(world.PortfolioId));
        return !await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending);
    }
}
