using System.Text.Json;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Sla;

/// <summary>
/// The SLA worker on a fake clock: near breach and breach noted once each at their times in the work order's timeline,
/// never for a clock met first, and once however many workers race for a clock.
/// </summary>
public sealed class SlaWorkerTests
{
    // Emergency defaults: acknowledge 15 min (near breach at 12), on site 2 h (at 96 min), contained 24 h.
    private static readonly DateTimeOffset Intake = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Near_breach_then_breach_are_noted_once_each_at_their_times_in_the_work_orders_timeline(Provider provider)
    {
        var (hub, clock, book) = await SlaHub.StartAsync(provider, Intake);
        await using var _ = hub;
        var workOrder = await book.StartAsync("oak", "WO-1", "emergency", Intake);
        var worker = hub.Get<SlaWorker>();
        var noted = new List<int>();

        foreach (var step in new[] { TimeSpan.FromSeconds(719), TimeSpan.FromSeconds(1), TimeSpan.Zero, TimeSpan.FromSeconds(179), TimeSpan.FromSeconds(1), TimeSpan.Zero })
        {
            clock.Advance(step);
            noted.Add(await worker.CheckDueAsync(CancellationToken.None));
        }

        Assert.Equal([0, 1, 0, 0, 1, 0], noted);
        var trail = await book.TrailAsync("WO-1");
        Assert.Equal([("sla_near_breach", Intake.AddMinutes(12)), ("sla_breached", Intake.AddMinutes(15))], trail.Select(e => (e.Kind, e.At)));
        var near = JsonDocument.Parse(trail[0].Detail).RootElement;
        Assert.Equal(("WO-1", "acknowledge", "emergency", 180), (near.GetProperty("work_order").GetString(), near.GetProperty("target").GetString(),
            near.GetProperty("urgency").GetString(), near.GetProperty("remaining_seconds").GetInt32()));
        Assert.Equal(Intake.AddMinutes(15), near.GetProperty("due").GetDateTimeOffset());
        var breached = JsonDocument.Parse(trail[1].Detail).RootElement;
        Assert.Equal(("WO-1", "acknowledge", 0), (breached.GetProperty("work_order").GetString(), breached.GetProperty("target").GetString(), breached.GetProperty("overdue_seconds").GetInt32()));

        var clocks = (await book.ClocksAsync(workOrder)).ToDictionary(c => c.Target);
        Assert.Equal<(DateTimeOffset?, DateTimeOffset?, DateTimeOffset?)>((Intake.AddMinutes(12), Intake.AddMinutes(15), null),
            (clocks[SlaPolicy.Acknowledge].NearBreachNotedAt, clocks[SlaPolicy.Acknowledge].BreachedAt, clocks[SlaPolicy.Acknowledge].NextCheckAt));
        Assert.Equal<(DateTimeOffset?, DateTimeOffset?, DateTimeOffset?)>((null, null, Intake.AddMinutes(96)), (clocks[SlaPolicy.OnSite].NearBreachNotedAt, clocks[SlaPolicy.OnSite].BreachedAt, clocks[SlaPolicy.OnSite].NextCheckAt));

        clock.Advance(TimeSpan.FromMinutes(81)); // 96 min: on site near breach
        var onSiteNear = await worker.CheckDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(24));
        var onSiteBreached = await worker.CheckDueAsync(CancellationToken.None);
        Assert.Equal((1, 1), (onSiteNear, onSiteBreached));
        Assert.Equal(["acknowledge", "acknowledge", "on_site", "on_site"],
            (await book.TrailAsync("WO-1")).Select(e => JsonDocument.Parse(e.Detail).RootElement.GetProperty("target").GetString()));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_clock_met_before_its_near_breach_is_never_noted_and_one_met_after_it_is_not_breached(Provider provider)
    {
        var (hub, clock, book) = await SlaHub.StartAsync(provider, Intake);
        await using var _ = hub;
        var workOrder = await book.StartAsync("oak", "WO-2", "emergency", Intake);
        var worker = hub.Get<SlaWorker>();
        var noted = new List<int>();

        clock.Advance(TimeSpan.FromMinutes(5));
        await book.MeetAsync(workOrder, SlaPolicy.Acknowledge, clock.GetUtcNow()); // the page is acknowledged
        foreach (var minutes in new[] { 12, 15, 96 })
        {
            clock.SetUtcNow(Intake.AddMinutes(minutes));
            noted.Add(await worker.CheckDueAsync(CancellationToken.None));
        }

        clock.SetUtcNow(Intake.AddMinutes(100));
        await book.MeetAsync(workOrder, SlaPolicy.OnSite, clock.GetUtcNow()); // ONSITE text
        clock.SetUtcNow(Intake.AddHours(3));
        noted.Add(await worker.CheckDueAsync(CancellationToken.None));

        Assert.Equal([0, 0, 1, 0], noted);
        Assert.Equal(
            [("sla_met", "acknowledge"), ("sla_near_breach", "on_site"), ("sla_met", "on_site")],
            (await book.TrailAsync("WO-2")).Select(e => (e.Kind, JsonDocument.Parse(e.Detail).RootElement.GetProperty("target").GetString())));
        Assert.All((await book.ClocksAsync(workOrder)).Where(c => c.Target != SlaPolicy.Contained), c => Assert.Null(c.BreachedAt));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_worker_holding_a_clock_read_before_it_was_met_or_noted_elsewhere_writes_nothing(Provider provider)
    {
        var (hub, clock, book) = await SlaHub.StartAsync(provider, Intake);
        await using var _ = hub;
        await using var second = SlaHub.SecondNode(hub, clock);
        var met = await book.StartAsync("oak", "WO-3", "emergency", Intake);
        await book.StartAsync("oak", "WO-4", "emergency", Intake.AddMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(13));
        var now = clock.GetUtcNow();
        var snapshots = (await hub.Get<SlaWorker>().DueAsync(now, CancellationToken.None)).ToDictionary(c => c.WorkOrderRef);

        await book.MeetAsync(met, SlaPolicy.Acknowledge, now);
        var afterMet = await hub.Get<SlaWorker>().CheckAsync(snapshots["WO-3"], now, CancellationToken.None);
        var first = await hub.Get<SlaWorker>().CheckAsync(snapshots["WO-4"], now, CancellationToken.None);
        var again = await second.Worker().CheckAsync(snapshots["WO-4"], now, CancellationToken.None);

        Assert.Equal((false, true, false), (afterMet, first, again));
        Assert.Equal(["sla_met"], (await book.TrailAsync("WO-3")).Select(e => e.Kind));
        Assert.Equal(["sla_near_breach"], (await book.TrailAsync("WO-4")).Select(e => e.Kind));
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Two_workers_racing_over_the_same_clocks_note_each_near_breach_and_breach_once(Provider provider)
    {
        var (hub, clock, book) = await SlaHub.StartAsync(provider, Intake);
        await using var _ = hub;
        await using var second = SlaHub.SecondNode(hub, clock);
        const int workOrders = 40;
        for (var i = 0; i < workOrders; i++)
        {
            await book.StartAsync(i % 2 == 0 ? "oak" : "elm", $"WO-{100 + i}", "emergency", Intake);
        }

        var passes = new List<int>();
        foreach (var minutes in new[] { 12, 15 })
        {
            clock.SetUtcNow(Intake.AddMinutes(minutes));
            var counts = await Task.WhenAll(
                Task.Run(() => hub.Get<SlaWorker>().CheckDueAsync(CancellationToken.None)),
                Task.Run(() => second.Worker().CheckDueAsync(CancellationToken.None)));
            passes.Add(counts.Sum());
        }

        passes.Add(await hub.Get<SlaWorker>().CheckDueAsync(CancellationToken.None) + await second.Worker().CheckDueAsync(CancellationToken.None));
        Assert.Equal([workOrders, workOrders, 0], passes);
        foreach (var kind in new[] { "sla_near_breach", "sla_breached" })
        {
            var entries = await book.EntriesAsync(kind);
            Assert.Equal(workOrders, entries.Count);
            Assert.Equal(workOrders, entries.Select(e => e.Subject).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public async Task A_worker_that_was_down_through_the_near_breach_notes_only_the_breach()
    {
        var (hub, clock, book) = await SlaHub.StartAsync(Provider.Sqlite, Intake);
        await using var _ = hub;
        var workOrder = await book.StartAsync("oak", "WO-5", "emergency", Intake);

        clock.Advance(TimeSpan.FromMinutes(20));
        var noted = await hub.Get<SlaWorker>().CheckDueAsync(CancellationToken.None);

        Assert.Equal(1, noted);
        var entry = Assert.Single(await book.TrailAsync("WO-5"));
        Assert.Equal(("sla_breached", 300), (entry.Kind, JsonDocument.Parse(entry.Detail).RootElement.GetProperty("overdue_seconds").GetInt32()));
        var acknowledge = (await book.ClocksAsync(workOrder)).Single(c => c.Target == SlaPolicy.Acknowledge);
        Assert.Equal<(DateTimeOffset?, DateTimeOffset?)>((null, Intake.AddMinutes(15)), (acknowledge.NearBreachNotedAt, acknowledge.BreachedAt));
    }

    [Fact]
    public async Task The_running_worker_notes_a_near_breach_at_its_next_poll()
    {
        var (hub, clock, book) = await SlaHub.StartAsync(Provider.Sqlite, Intake);
        await using var _ = hub;
        await book.StartAsync("oak", "WO-6", "emergency", Intake);
        var worker = hub.Get<SlaWorker>();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            clock.Advance(TimeSpan.FromMinutes(12)); // fires the worker's poll delay
            var trail = await WaitForAsync(() => book.TrailAsync("WO-6"), t => t.Count > 0, () => clock.Advance(TimeSpan.FromSeconds(1)));
            Assert.Equal(["sla_near_breach"], trail.Select(e => e.Kind));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    // The worker runs on its own task: wait (in real time, up to the generous Eventually.Deadline) for the pass the fake clock started, moving the
    // clock on by a poll interval each time in case the worker began its delay after the clock moved.
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, Action tick)
    {
        var value = await read();
        var started = TimeProvider.System.GetTimestamp();
        while (!done(value) && TimeProvider.System.GetElapsedTime(started) < Eventually.Deadline)
        {
            await Task.Delay(20);
            tick();
            value = await read();
        }

        return value;
    }
}
