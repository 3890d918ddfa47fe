using System.Globalization;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// A node restart with timers pending: 2,000 instances wait on timers due evenly over 60 s; the built hub (`serve`, its
/// own process) fires them; 20 s into the spread it is killed with SIGKILL and started again at once on the same data.
/// Afterwards every instance must have finished with its delay resumed exactly once and no timer row left. A timer's
/// lateness here is its instance's UpdatedAt (set by the hub's resume just before it commits) minus its due time; the
/// timers due while the hub was down are late by about the time it took to come back.
/// </summary>
internal static class TimerRestartMeasurement
{
    private const int Count = 2_000;
    private static readonly TimeSpan Spread = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(20);

    /// <summary>Time to start the instances and the hub before the first timer is due.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(string hubDll, string? postgres, TextWriter output)
    {
        await using var hub = await BenchHub.StartAsync(postgres);
        var portfolio = await TimerWorkflow.PublishAsync(hub);
        var database = hub.Get<HubDatabase>();
        var time = TimeProvider.System;
        var first = time.GetUtcNow() + Lead;
        var step = Spread / Count;
        var started = await TimerWorkflow.StartAsync(hub, portfolio, Enumerable.Range(0, Count).Select(i => first + (step * i)).ToList());

        string log;
        DateTimeOffset killedAt, restartedAt, listeningAgain;
        TimeSpan startToListening;
        int firedBeforeKill;
        var child = await HubChild.StartAsync(hubDll, hub);
        try
        {
            var untilKill = first + KillAfter - time.GetUtcNow();
            await Task.Delay(untilKill > TimeSpan.Zero ? untilKill : TimeSpan.Zero);
            killedAt = time.GetUtcNow();
            await child.KillAsync();
            firedBeforeKill = await TimerWorkflow.FinishedAsync(database, portfolio);
            var restarting = time.GetTimestamp();
            restartedAt = time.GetUtcNow(); // the killed process has exited: every resume from here on is the new one's
            await using var second = await HubChild.StartAsync(hubDll, hub);
            startToListening = time.GetElapsedTime(restarting);
            listeningAgain = time.GetUtcNow();
            await TimerWorkflow.WaitFinishedAsync(database, portfolio, Count, first + Spread + TimeSpan.FromMinutes(2) - time.GetUtcNow());
            await second.KillAsync();
            log = child.Log + second.Log;
        }
        finally
        {
            await child.DisposeAsync();
        }

        var check = await TimerWorkflow.CheckAsync(database, portfolio, started);
        var down = started.Where(s => s.Value >= killedAt && s.Value < listeningAgain && check.ResumedAt.ContainsKey(s.Key))
            .Select(s => check.ResumedAt[s.Key] - s.Value).ToList();
        var others = started.Where(s => (s.Value < killedAt || s.Value >= listeningAgain) && check.ResumedAt.ContainsKey(s.Key))
            .Select(s => check.ResumedAt[s.Key] - s.Value).ToList();
        var after = check.ResumedAt.Values.Where(r => r > restartedAt).DefaultIfEmpty(killedAt).Min() - killedAt;
        var backlog = started.Where(s => s.Value >= killedAt && s.Value < listeningAgain && check.ResumedAt.ContainsKey(s.Key))
            .Select(s => check.ResumedAt[s.Key]).DefaultIfEmpty(killedAt).Max() - killedAt;
        var outage = listeningAgain - killedAt;
        var warnings = log.Split('\n').Count(l => l.StartsWith("warn:", StringComparison.Ordinal));
        var errors = log.Split('\n').Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| durable timers, {(postgres is null ? "SQLite" : "PostgreSQL")}, hub killed (SIGKILL) and restarted, {Count:N0} due over {Spread.TotalSeconds:F0} s | "
            + $"killed {KillAfter.TotalSeconds:F0} s into the spread with {firedBeforeKill:N0} fired; the new process listened {outage.TotalSeconds:F2} s after the kill ({startToListening.TotalSeconds:F2} s from its start), "
            + $"fired its first timer at {after.TotalSeconds:F2} s and the last of the {down.Count:N0} due while it was down at {backlog.TotalSeconds:F2} s; "
            + $"those {down.Count:N0} fired late by at most {Max(down)}, the others {Summary(others)}; {check}; hub log: {warnings} warnings, {errors} errors |"));
    }

    private static string Max(List<TimeSpan> lateness) =>
        lateness.Count == 0 ? "(none)" : string.Create(CultureInfo.InvariantCulture, $"{lateness.Max().TotalSeconds:F2} s");

    private static string Summary(List<TimeSpan> lateness)
    {
        if (lateness.Count == 0)
        {
            return "(none)";
        }

        var latency = new Latency();
        lateness.ForEach(latency.Add);
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {latency.PercentileMicroseconds(50) / 1000:F0} ms, p99 {latency.PercentileMicroseconds(99) / 1000:F0} ms, max {latency.PercentileMicroseconds(100) / 1000:F0} ms over {latency.Count:N0}");
    }
}
