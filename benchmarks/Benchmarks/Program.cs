using AiPhoneCoverage.Benchmarks;

// Usage: Benchmarks import [--postgres <cs>] | lookup | resume [--postgres <cs>] | analyze <plugins> <scenarios> | memory <hub dll> | startup <hub dll>
//   | pms-sync <plugins> [--postgres <cs>] | outbox-lag <plugins> [--postgres <cs>] [--down <pms>] | outbox-outage <plugins>
//   | timers [--postgres <cs>] [--spread 10m] [--hub <hub dll>] [--only spread,burst,restart]
// benchmarks/run.sh runs all of them in Release and prints the rows of docs/performance.md.
var output = Console.Out;
string? Option(string name) => Array.IndexOf(args, name) is var at and >= 1 && at + 1 < args.Length ? args[at + 1] : null;
switch (args.FirstOrDefault())
{
    case "import":
        await ImportMeasurement.RunAsync(args.Length > 2 && args[1] == "--postgres" ? args[2] : null, output);
        break;
    case "lookup":
        await LookupMeasurement.RunAsync(output);
        break;
    case "resume":
        await ResumeMeasurement.RunAsync(args.Length > 2 && args[1] == "--postgres" ? args[2] : null, output);
        break;
    case "analyze" when args.Length > 2:
        await AnalyzeMeasurement.RunAsync(args[1], args[2], output);
        break;
    case "memory" when args.Length > 1:
        await MemoryMeasurement.RunAsync(args[1], output);
        break;
    case "startup" when args.Length > 1:
        await StartupMeasurement.RunAsync(args[1], output);
        break;
    case "pms-sync" when args.Length > 1:
        await PmsSyncMeasurement.RunAsync(args[1], Option("--postgres"), output);
        break;
    case "outbox-lag" when args.Length > 1:
        await OutboxLagMeasurement.RunAsync(args[1], Option("--postgres"), Option("--down"), output);
        break;
    case "outbox-outage" when args.Length > 1:
        await OutboxOutageMeasurement.RunAsync(args[1], output);
        break;
    case "timers":
        var spread = TimerOptions.Duration(Option("--spread") ?? "10m");
        var parts = (Option("--only") ?? "spread,burst,restart").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Contains("spread"))
        {
            await TimerMeasurement.SpreadAsync(Option("--postgres"), spread, output);
        }

        if (parts.Contains("burst"))
        {
            await TimerMeasurement.BurstAsync(Option("--postgres"), output);
        }

        if (parts.Contains("restart"))
        {
            await TimerRestartMeasurement.RunAsync(Option("--hub") ?? "src/Hub/bin/Release/net10.0/AiPhoneCoverage.Hub.dll", Option("--postgres"), output);
        }

        break;
    default:
        Console.Error.WriteLine("usage: Benchmarks import [--postgres <cs>] | lookup | resume [--postgres <cs>] | analyze <plugins> <scenarios> | memory <hub dll> | startup <hub dll>"
            + " | pms-sync <plugins> [--postgres <cs>] | outbox-lag <plugins> [--postgres <cs>] [--down <pms>] | outbox-outage <plugins>"
            + " | timers [--postgres <cs>] [--spread 10m] [--hub <hub dll>] [--only spread,burst,restart]");
        return 2;
}

return 0;
