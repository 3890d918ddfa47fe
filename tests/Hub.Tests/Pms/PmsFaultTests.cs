using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

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
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        await using var hub = await TestHub.StartAsync(Provider.Sqlite, RepoPaths.Plugins, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        using var simulators = SimulatorHost.Start(
            new SimulatorOptions { Yardi = new() { Port = 0 }, RealPage = new() { Port = 0 }, AppFolio = new() { Port = 0 }, Twilio = new() { Port = 0 } },
            SimulatorSeed.Load(RepoPaths.DemoPortfolio), hub.DataPath);
        var simulator = simulators.Simulators.Single(s => s.Name == plugin);
        hub.Get<HubAddress>().Simulators[plugin] = new Uri(simulator.Url);
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(RepoPaths.DemoPortfolio, CancellationToken.None)).Succeeded);
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;

        var keys = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            keys.Add(await QueueAsync(hub, portfolioId, pms, clock, i));
        }

        var worker = hub.Get<OutboxWorker>();
        simulator.InjectFault(kind == PmsFaultKind.Throttled ? PmsFault.Throttled(TimeSpan.FromSeconds(20)) : PmsFault.Of(kind), count: 4);
        for (var pass = 0; pass < 40 && !await SettledAsync(hub, portfolioId); pass++)
        {
            await DriveAsync(clock, () => worker.DeliverDueAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
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

    /// <summary>Runs the work while moving the fake clock, so that timeouts and retry delays on it (the HTTP pipeline's) pass.</summary>
    private static async Task DriveAsync(FakeTimeProvider clock, Func<Task> work)
    {
        var running = work();
        while (!running.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(running, Task.Delay(5));
        }

        await running;
    }

    private static async Task<bool> SettledAsync(TestHub hub, Guid portfolioId)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        return !await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending);
    }

    private static async Task<string> QueueAsync(TestHub hub, Guid portfolioId, DemoPms pms, TimeProvider clock, int n)
    {
        var now = clock.GetUtcNow();
        var key = $"CAfault{n}:wo1";
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Kind = OutboxKinds.WorkOrder, Subject = $"CAfault{n}", CorrelationKey = key,
            PayloadJson = new WorkOrderPayload(pms.Property, pms.Unit, pms.Resident, "plumbing", "emergency", false, $"Leak under the sink {n}",
                "there's water under my sink / yes it's still pouring out", pms.ResidentNumber, now, $"WO-00000{n}").ToJson(),
            Status = OutboxStatus.Pending, NextAttemptAt = now, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return key;
    }
}
