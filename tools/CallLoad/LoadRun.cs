using System.Diagnostics;
using System.Globalization;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// One run: the hub and the bare endpoint as child processes on the same database server (SQLite files in the same
/// folder, or two databases on the same PostgreSQL), then <see cref="LoadOptions.Calls"/> phone lines on each, side by
/// side, for the warm-up and the measured window; then the rows.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, TextWriter log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aipc-callload", Guid.NewGuid().ToString("N"));
        await using var databases = options.Postgres is null ? null : new PostgresDatabases(options.Postgres);
        try
        {
            var demo = DemoCallers.Load(options.HubDll);
            var hubDatabase = databases is null ? null : await databases.CreateAsync("aipc_load_");
            await using var hub = await HubUnderLoad.StartAsync(options.HubDll, Path.Combine(folder, "data"), hubDatabase, demo, options.HubLog, log);
            var barePort = FreePorts.Next();
            var bareStore = databases is null ? ["--sqlite", Path.Combine(folder, "bare.db")] : new[] { "--postgres", await databases.CreateAsync("aipc_bare_") };
            using var bare = ChildProcess.Start(["exec", typeof(LoadRun).Assembly.Location, "bare", "--port", barePort.ToString(CultureInfo.InvariantCulture), .. bareStore]);
            var bareUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{barePort}"));
            await Readiness.WaitForHealthAsync(new Uri(bareUrl, "/health"), bare, null, TimeSpan.FromSeconds(30));

            var targets = new[]
            {
                new LoadTarget("hub", new Uri(hub.Url, "/telephony/twilio/demo/voice"), new Uri(hub.Url, "/telephony/twilio/demo/status"), IdentifiesCaller: true),
                new LoadTarget("bare", new Uri(bareUrl, "/bare/voice"), new Uri(bareUrl, "/bare/status"), IdentifiesCaller: false),
            };
            var sampler = new ProcessSampler(hub.ProcessId, hubDatabase is null ? null : () => databases!.ConnectionsAsync(hubDatabase));
            var measurement = await DriveAsync(options, demo, hub, bare.Id, targets, sampler, log);
            var recorded = await HubCallCount.ReadAsync(Path.Combine(folder, "data"), hubDatabase);
            LoadReport.Print(output, options, targets[0].Recorder, targets[1].Recorder, hub, sampler, measurement, recorded);
            return targets.Sum(t => t.Recorder.Errors) == 0 && hub.Errors == 0 ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<Measurement> DriveAsync(
        LoadOptions options, DemoCallers demo, HubUnderLoad hub, int barePid, LoadTarget[] targets, ProcessSampler sampler, TextWriter log)
    {
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = int.MaxValue };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(20) };
        var caller = new ScriptedCaller(http);
        var start = TimeProvider.System.GetUtcNow();
        var measureFrom = start + options.Warmup;
        var stopAt = measureFrom + options.Duration;
        await log.WriteLineAsync($"{options.Database}: {options.Calls} calls on the hub and {options.Calls} on the bare endpoint, " +
                                 $"warm-up {Durations.Format(options.Warmup)}, measured {Durations.Format(options.Duration)}");
        var loops = targets.SelectMany((target, t) => Enumerable.Range(0, options.Calls).Select(i =>
                new CallerLoop(caller, target, demo, hub.TwilioAccountSid, hub.TwilioAuthToken, options, seed: (t * 100_000) + i)))
            .ToList();
        var running = loops.Select(loop => Task.Run(() => loop.RunAsync(measureFrom, stopAt, CancellationToken.None))).ToList();

        await Task.Delay(Until(measureFrom));
        using var sampling = new CancellationTokenSource();
        var samples = sampler.RunAsync(sampling.Token);
        var cpu = (Hub: ProcessSampler.CpuTime(hub.ProcessId), Bare: ProcessSampler.CpuTime(barePid), Tool: Process.GetCurrentProcess().TotalProcessorTime);
        var machine = MachineCpu.Take();
        var clock = Stopwatch.StartNew();
        await Task.Delay(Until(stopAt));
        var elapsed = clock.Elapsed;
        var machineUse = MachineCpu.Between(machine, MachineCpu.Take());
        var used = new CpuUse(
            (ProcessSampler.CpuTime(hub.ProcessId) - cpu.Hub) / elapsed,
            (ProcessSampler.CpuTime(barePid) - cpu.Bare) / elapsed,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu.Tool) / elapsed);
        await sampling.CancelAsync();
        await samples;
        await Task.WhenAll(running); // the calls in progress at the end run to their end
        return new Measurement(elapsed, used, machineUse);
    }

    private static TimeSpan Until(DateTimeOffset moment) => TimeSpan.FromTicks(Math.Max(0, (moment - TimeProvider.System.GetUtcNow()).Ticks));
}
