using System.Globalization;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// Outbox delivery lag while every PMS is healthy: the hub's OutboxWorker runs as `serve` runs it (its own loop, polling
/// every <c>Hub:OutboxPollInterval</c>) against the three demo simulators, while work orders are queued at a steady
/// rate, spread over the three PMSs. The lag of a work order is the time its row was settled as delivered (UpdatedAt)
/// minus the time it was queued (CreatedAt), both on the system clock. With a PMS named down, that PMS's simulator
/// answers every request with a server error after the warm-up: the lag of the other PMSs' work orders during its outage.
/// </summary>
internal static class OutboxLagMeasurement
{
    private const int PerSecond = 5;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(string plugins, string? postgres, string? down, TextWriter output)
    {
        await using var hub = await BenchHub.StartAsync(postgres, plugins);
        using var simulators = SimulatorHost.Start(
            SimulatorOptions.OnFreePorts(),
            SimulatorSeed.Load(PmsDemo.PortfolioFile), Path.Combine(hub.Folder, "simulators"));
        var portfolioId = await PmsDemo.ImportAsync(hub, PmsDemo.PortfolioFile, simulators.Simulators);
        var database = hub.Get<HubDatabase>();
        var time = hub.Get<TimeProvider>();
        var worker = hub.Get<OutboxWorker>();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // Warm-up, not measured: one work order per PMS, so that code is compiled and each connector has read its
            // customer's lists once, as in a hub that has been serving for a while.
            var warmUp = new List<Guid>();
            foreach (var pms in PmsDemo.All)
            {
                warmUp.Add((await WorkOrderQueue.AddAsync(database, portfolioId, pms, $"CAwarm{pms.Plugin}", time.GetUtcNow())).Id);
            }

            await WaitSettledAsync(database, portfolioId, warmUp, TimeSpan.FromSeconds(60));

            if (down is not null)
            {
                simulators.Simulators.Single(s => s.Name == down).InjectFault(PmsFault.Of(PmsFaultKind.ServerError), count: null);
            }

            var queued = new List<(Guid Id, PmsDemo Pms)>();
            var count = (int)(Duration.TotalSeconds * PerSecond);
            var started = time.GetTimestamp();
            for (var n = 0; n < count; n++)
            {
                // On a schedule, not a fixed sleep: a slow insert does not lower the rate.
                var wait = TimeSpan.FromSeconds((double)n / PerSecond) - time.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time);
                }

                var pms = PmsDemo.All[n % PmsDemo.All.Count];
                queued.Add(((await WorkOrderQueue.AddAsync(database, portfolioId, pms, string.Create(CultureInfo.InvariantCulture, $"CAlag{n:00000}"), time.GetUtcNow())).Id, pms));
            }

            var queuedFor = time.GetElapsedTime(started);
            await WaitSettledAsync(database, portfolioId, queued.Where(q => q.Pms.Plugin != down).Select(q => q.Id).ToList(), Drain);
            await using var db = database.Open(PortfolioScope.For(portfolioId));
            var ids = queued.Select(q => q.Id).ToList();
            var rows = (await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync()).ToDictionary(r => r.Id);
            var storage = postgres is null ? "SQLite" : "PostgreSQL";
            var state = down is null ? "healthy PMSs" : $"{down} down (ServerError)";
            var rate = string.Create(CultureInfo.InvariantCulture, $"{PerSecond} work orders/s for {queuedFor.TotalSeconds:F0} s");
            foreach (var pms in PmsDemo.All)
            {
                output.WriteLine(Row($"outbox delivery lag, {storage}, {state}, {rate}, {pms.Plugin}", queued.Where(q => q.Pms == pms).Select(q => rows[q.Id]).ToList()));
            }

            output.WriteLine(Row($"outbox delivery lag, {storage}, {state}, {rate}, all three", [.. rows.Values]));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static string Row(string measurement, List<OutboxRecord> rows)
    {
        var lag = new Latency();
        foreach (var row in rows.Where(r => r.Status == OutboxStatus.Delivered))
        {
            lag.Add(row.UpdatedAt - row.CreatedAt);
        }

        var notDelivered = rows.Count(r => r.Status != OutboxStatus.Delivered);
        if (lag.Count == 0)
        {
            return $"| {measurement} | none of {rows.Count} work orders delivered |";
        }

        var retried = rows.Count(r => r.Attempts > 1);
        return FormattableString.Invariant(
            $"| {measurement} | p50 {lag.PercentileMicroseconds(50) / 1000:F0} ms, p99 {lag.PercentileMicroseconds(99) / 1000:F0} ms, max {lag.PercentileMicroseconds(100) / 1000:F0} ms over {lag.Count:N0} work orders ({retried} needed a retry, {notDelivered} not delivered) |");
    }

    private static async Task WaitSettledAsync(HubDatabase database, Guid portfolioId, List<Guid> ids, TimeSpan patience)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < patience)
        {
            await using (var db = database.Open(PortfolioScope.For(portfolioId)))
            {
                if (!await db.Outbox.AnyAsync(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending))
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
