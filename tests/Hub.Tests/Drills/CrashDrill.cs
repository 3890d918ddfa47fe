using System.Diagnostics;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>
/// Issue 12's crash drill: the built hub as its own process takes calls whose work orders, texts, pages and vendor
/// dispatches go to simulators answering in 2–8 s; while the outbox drains, the hub is SIGKILLed at random moments and
/// started again on the same data. Then <see cref="CrashDrillCheck"/> compares every simulator's ledger with the database.
/// </summary>
internal sealed class CrashDrill(CrashDrillWorld world, CrashDrillOptions options, Provider provider)
{
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromMinutes(15);

    public async Task<CrashDrillReport> RunAsync(Action<string> log)
    {
        var seed = Environment.TickCount & 0xFFFF;
        var random = new Random(seed);
        var total = Stopwatch.StartNew();
        InjectLatency();
        var hub = await HubProcess.StartAsync(world.DataPath);
        log($"hub serving at {hub.Url}");
        try
        {
            var placed = await PlaceCallsAsync(hub.Url);
            log($"hub {hub.Url}; data {world.DataPath}");
            log($"{placed} calls placed in {total.Elapsed.TotalSeconds:0} s; killing the hub {options.Kills} times while the outbox drains");
            for (var kill = 0; kill < options.Kills; kill++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(500, 6000))); // a random moment, not a wait for anything
                await hub.KillAsync();
                KeepOutput(hub);
                hub = await HubProcess.StartAsync(world.DataPath);
            }

            var afterLastKill = Stopwatch.StartNew();
            await DrainedAsync(log);
            var drained = afterLastKill.Elapsed;
            await hub.KillAsync();
            return await new CrashDrillCheck(world).ReportAsync(provider.ToString(), placed, options.Kills, seed, drained, total.Elapsed);
        }
        finally
        {
            await hub.DisposeAsync();
            KeepOutput(hub);
        }
    }

    /// <summary>Every hub process's output, kept beside the drill's progress file when one is asked for.</summary>
    private static void KeepOutput(HubProcess hub)
    {
        if (Environment.GetEnvironmentVariable("AIPC_DRILL_PROGRESS") is { Length: > 0 } progress)
        {
            File.AppendAllText(progress + ".hubs", hub.Output + Environment.NewLine);
        }
    }

    private void InjectLatency()
    {
        foreach (var simulator in world.Simulators.Simulators)
        {
            if (simulator is TwilioSimulator twilio)
            {
                twilio.InjectFaultUntilCleared(TwilioFault.Delay(options.MinLatency, options.MaxLatency));
            }
            else
            {
                simulator.InjectFault(PmsFault.Latency(options.MinLatency, options.MaxLatency), count: null);
            }
        }
    }

    private async Task<int> PlaceCallsAsync(Uri hub)
    {
        var residents = CrashDrillResidents.Load();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var caller = new ScriptedCaller(http);
        var ended = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Calls), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (call, token) =>
        {
            var (from, to) = residents[call % residents.Count];
            var placed = await caller.PlaceCallAsync(new ScriptedCallRequest
            {
                VoiceUrl = new Uri(hub, "/telephony/twilio/demo/voice"),
                StatusCallbackUrl = new Uri(hub, "/telephony/twilio/demo/status"),
                AccountSid = world.AccountSid,
                AuthToken = world.AuthToken,
                From = from,
                To = to,
                Turns = CrashDrillCalls.Script(call),
            }, token);
            // A gas call may end on the emergency line (office hours, or the degraded answer on a busy machine).
            Assert.True(placed.Ending.Reason is CallEndReason.Hangup or CallEndReason.Transfer, $"call {call} ended {placed.Ending.Reason}: {string.Join(" / ", placed.Transcript.Select(t => t.Text))}");
            Interlocked.Increment(ref ended);
        });
        return ended;
    }

    /// <summary>Polls until no outbox row is pending and every escalation has ended (or the generous deadline passes).</summary>
    private async Task DrainedAsync(Action<string> log)
    {
        var deadline = Stopwatch.StartNew();
        var said = TimeSpan.Zero;
        while (deadline.Elapsed < DrainDeadline)
        {
            await using var db = world.Database.Open(PortfolioScope.System);
            var pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending);
            var paging = await db.Escalations.CountAsync(e => e.Status == EscalationStatus.Paging);
            if (pending == 0 && paging == 0)
            {
                return;
            }

            if (deadline.Elapsed - said > TimeSpan.FromSeconds(30))
            {
                said = deadline.Elapsed;
                log($"{deadline.Elapsed.TotalSeconds:0} s after the last kill: {pending} outbox rows pending, {paging} escalations paging");
            }

            await Task.Delay(500);
        }
    }
}
