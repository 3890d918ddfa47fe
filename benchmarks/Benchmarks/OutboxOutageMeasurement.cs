using System.Globalization;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// No retry storm: one PMS simulator answers every request with a server error for <see cref="Outage"/> of fake time
/// while <see cref="Pending"/> work orders wait, and the outbox worker runs a pass every poll interval on a fake clock
/// (as PmsFaultTests drives it, the clock moving while a pass waits so that the HTTP pipeline's own delays pass too).
/// The requests the simulator received (WireMock's request log) are compared with the attempts the backoff schedule
/// allows in that window: for each work order, those at its queue time plus 0, 2, 6, 14, ... seconds (doubling steps
/// from <c>Hub:OutboxBackoffBase</c>, capped at <c>Hub:OutboxBackoffCap</c>), one request each. Then the PMS recovers
/// and every work order must exist in it exactly once.
/// </summary>
internal static class OutboxOutageMeasurement
{
    private const int Pending = 50;
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan RecoveryPatience = TimeSpan.FromMinutes(30);

    public static async Task RunAsync(string plugins, TextWriter output)
    {
        foreach (var pms in PmsDemo.All)
        {
            output.WriteLine(await RunAsync(plugins, pms));
        }
    }

    private static async Task<string> RunAsync(string plugins, PmsDemo pms)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        await using var hub = await BenchHub.StartAsync(null, plugins, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        using var simulator = pms.StartSimulator(SimulatorSeed.Load(PmsDemo.PortfolioFile));
        var portfolioId = await PmsDemo.ImportAsync(hub, PmsDemo.PortfolioFile, [simulator]);
        var database = hub.Get<HubDatabase>();
        var worker = hub.Get<OutboxWorker>();
        var options = hub.Get<IOptions<HubOptions>>().Value;

        // A hub that has been delivering: one work order goes through before the outage, so the connector's caches are warm.
        var warm = await WorkOrderQueue.AddAsync(database, portfolioId, pms, "CAoutagewarm", clock.GetUtcNow());
        var failedPasses = await RunUntilAsync(clock, worker, options, () => SettledAsync(database, portfolioId, [warm.Id]), clock.GetUtcNow() + TimeSpan.FromMinutes(5));

        var requestsBefore = simulator.Server.LogEntries.Count;
        var queued = new List<(Guid Id, string Key)>();
        for (var n = 0; n < Pending; n++)
        {
            queued.Add(await WorkOrderQueue.AddAsync(database, portfolioId, pms, string.Create(CultureInfo.InvariantCulture, $"CAoutage{n:000}"), clock.GetUtcNow()));
        }

        var ids = queued.Select(q => q.Id).ToList();
        simulator.InjectFault(PmsFault.Of(PmsFaultKind.ServerError), count: null);
        var outageStart = clock.GetUtcNow();
        failedPasses += await RunUntilAsync(clock, worker, options, () => Task.FromResult(false), outageStart + Outage);
        var outageEnd = clock.GetUtcNow();
        var requests = simulator.Server.LogEntries.Skip(requestsBefore).ToList();
        List<OutboxRecord> rows;
        await using (var db = database.Open(PortfolioScope.For(portfolioId)))
        {
            rows = await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync();
        }

        var attempts = rows.Sum(r => r.Attempts);
        var allowed = rows.Sum(r => ScheduledAttempts(r.CreatedAt, outageEnd, options));
        var within = requests.Count <= allowed * 1.05;

        simulator.ClearFaults();
        failedPasses += await RunUntilAsync(clock, worker, options, () => SettledAsync(database, portfolioId, ids), outageEnd + RecoveryPatience);
        var recovered = clock.GetUtcNow() - outageEnd;
        var ledger = PmsDemo.Ledger(simulator);
        var counts = queued.Select(q => ledger.Count(text => text.Contains(q.Key, StringComparison.Ordinal))).ToList();

        var detail = within
            ? string.Empty
            : "; requests by kind: " + string.Join(", ", requests
                .GroupBy(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}{SoapAction(e)}")
                .OrderByDescending(g => g.Count())
                .Select(g => FormattableString.Invariant($"{g.Key} {g.Count():N0}")));
        return FormattableString.Invariant(
            $"| outbox during a PMS outage, {pms.Plugin}, {Pending} work orders pending, {(outageEnd - outageStart).TotalMinutes:F0} min of ServerError (fake clock) | {requests.Count:N0} requests reached the PMS; the backoff schedule allows {allowed:N0} ({allowed / (double)Pending:F0} per work order); within the schedule + 5%: {(within ? "yes" : "NO")} ({attempts:N0} outbox attempts{(failedPasses > 0 ? $", {failedPasses} failed passes" : string.Empty)}{detail}). After recovery: {counts.Count(c => c == 1)} of {Pending} in the PMS exactly once, {counts.Count(c => c == 0)} missing, {counts.Where(c => c > 1).Sum(c => c - 1)} duplicates, within {recovered.TotalMinutes:F1} min |");
    }

    /// <summary>Attempts the schedule allows a row queued at <paramref name="queued"/> up to <paramref name="end"/>: one now, then after 2 s, 4 s, 8 s, ... up to the cap.</summary>
    private static int ScheduledAttempts(DateTimeOffset queued, DateTimeOffset end, HubOptions options)
    {
        var count = 0;
        var at = queued;
        for (var attempt = 1; at <= end; attempt++)
        {
            count++;
            var delay = options.OutboxBackoffBase * Math.Pow(2, Math.Min(attempt - 1, 20));
            at += delay < options.OutboxBackoffCap ? delay : options.OutboxBackoffCap;
        }

        return count;
    }

    /// <summary>Outbox passes every poll interval until <paramref name="done"/> or <paramref name="until"/>; returns how many passes threw (the worker logs and polls again).</summary>
    private static async Task<int> RunUntilAsync(FakeTimeProvider clock, OutboxWorker worker, HubOptions options, Func<Task<bool>> done, DateTimeOffset until)
    {
        var failed = 0;
        while (clock.GetUtcNow() < until && !await done())
        {
            try
            {
                await DriveAsync(clock, worker.DeliverDueAsync(CancellationToken.None));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
            }

            clock.Advance(options.OutboxPollInterval);
        }

        return failed;
    }

    /// <summary>Waits for a pass while moving the clock, so that timeouts and delays on it (the HTTP pipeline's) pass.</summary>
    private static async Task DriveAsync(FakeTimeProvider clock, Task running)
    {
        while (!running.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(running, Task.Delay(5));
        }

        await running;
    }

    private static async Task<bool> SettledAsync(HubDatabase database, Guid portfolioId, List<Guid> ids)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        return !await db.Outbox.AnyAsync(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending);
    }

    private static string SoapAction(WireMock.Logging.ILogEntry entry) =>
        entry.RequestMessage.Headers is { } headers && headers.TryGetValue("SOAPAction", out var action) ? " " + string.Join(",", action).Trim('"') : string.Empty;
}
