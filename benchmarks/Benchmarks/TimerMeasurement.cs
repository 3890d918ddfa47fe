using System.Globalization;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// Durable timers on the real clock and a real database, fired by the hub's WorkflowTimerWorker as `serve` runs it
/// (its own loop, polling every <c>Hub:TimerPollInterval</c>). Spread: 10,000 instances wait on timers due uniformly
/// over the next ten minutes. Burst: 10,000 timers due at one instant. The instances are started (100 to a transaction)
/// while the worker runs, all before the first timer is due. A timer's lateness is the time its resume committed minus
/// its due time. Afterwards every instance must have finished with its delay resumed exactly once and no timer row left.
/// </summary>
internal static class TimerMeasurement
{
    public const int Count = 10_000;

    /// <summary>Time to start the instances before the first timer is due (10,000 take a few seconds).</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(30);

    public static async Task SpreadAsync(string? postgres, TimeSpan spread, TextWriter output)
    {
        var step = spread / Count;
        var run = await RunAsync(postgres, Enumerable.Range(0, Count).Select(i => step * i).ToList(), spread + TimeSpan.FromMinutes(2));
        var late = run.Lateness.Count(l => l > TimeSpan.FromSeconds(1));
        output.WriteLine(Invariant(
            $"| durable timers, {Storage(postgres)}, {Count:N0} due spread evenly over {Minutes(spread)} (real clock, poll {run.PollInterval.TotalMilliseconds:F0} ms) | lateness {Percentiles(run.Lateness)}; {late:N0} fired more than 1 s late; {run.Summary} |"));
    }

    public static async Task BurstAsync(string? postgres, TextWriter output)
    {
        var run = await RunAsync(postgres, Enumerable.Repeat(TimeSpan.Zero, Count).ToList(), TimeSpan.FromMinutes(5));
        var drained = run.Lateness.Count == 0 ? "none fired" : Invariant($"the last fired {run.Lateness.Max().TotalSeconds:F1} s after the instant");
        output.WriteLine(Invariant(
            $"| durable timers, {Storage(postgres)}, {Count:N0} due at the same instant (real clock) | {drained}; lateness {Percentiles(run.Lateness)}; {run.Summary} |"));
    }

    private static async Task<Run> RunAsync(string? postgres, List<TimeSpan> offsets, TimeSpan patience)
    {
        using var commits = new CommitClock();
        await using var hub = await BenchHub.StartAsync(postgres);
        var portfolio = await TimerWorkflow.PublishAsync(hub);
        var time = hub.Get<TimeProvider>();
        var worker = hub.Get<WorkflowTimerWorker>();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var began = time.GetTimestamp();
            var first = time.GetUtcNow() + Lead;
            var started = await TimerWorkflow.StartAsync(hub, portfolio, offsets.Select(o => first + o).ToList());
            var startedIn = time.GetElapsedTime(began);
            // The commits are counted in this process: polling the database would compete with the worker for the 2 cores.
            var deadline = time.GetTimestamp();
            while (commits.Finished.Count < started.Count && time.GetElapsedTime(deadline) < Lead + patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time);
            }

            await worker.StopAsync(CancellationToken.None);
            var check = await TimerWorkflow.CheckAsync(hub.Get<HubDatabase>(), portfolio, started);
            var lateness = started.Where(s => commits.Finished.ContainsKey(s.Key)).Select(s => commits.Finished[s.Key] - s.Value).ToList();
            var summary = Invariant($"{check}; {commits.MostCommitsOfOneInstance} commit(s) at most finished one instance; the {started.Count:N0} instances were started in {startedIn.TotalSeconds:F1} s, before the first was due");
            if (startedIn > Lead)
            {
                summary = Invariant($"{check}; the instances took {startedIn.TotalSeconds:F1} s to start, longer than the {Lead.TotalSeconds:F0} s lead: the first timers were due while they were still being started");
            }

            return new Run(lateness, summary, hub.Get<Microsoft.Extensions.Options.IOptions<Hub.Hosting.HubOptions>>().Value.TimerPollInterval);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static string Percentiles(List<TimeSpan> lateness)
    {
        if (lateness.Count == 0)
        {
            return "none measured";
        }

        var latency = new Latency();
        lateness.ForEach(latency.Add);
        return Invariant(
            $"p50 {latency.PercentileMicroseconds(50) / 1000:F0} ms, p99 {latency.PercentileMicroseconds(99) / 1000:F0} ms, max {latency.PercentileMicroseconds(100) / 1000:F0} ms over {latency.Count:N0} timers");
    }

    private static string Storage(string? postgres) => postgres is null ? "SQLite" : "PostgreSQL";

    private static string Minutes(TimeSpan spread) => spread.TotalMinutes >= 1 ? Invariant($"{spread.TotalMinutes:0.#} min") : Invariant($"{spread.TotalSeconds:0} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Run(List<TimeSpan> Lateness, string Summary, TimeSpan PollInterval);
}
