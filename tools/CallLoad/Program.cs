using AiPhoneCoverage.CallLoad;

// Usage:
//   CallLoad --hub <Hub.dll> [--postgres <server connection string>] [--calls 50] [--duration 120s] [--think 1s-3s] [--warmup 20s] [--hub-log <file>]
//   CallLoad bare --port <port> (--sqlite <file> | --postgres <connection string>)
// The first form starts the hub and the bare endpoint (the second form) as child processes, drives both with the same
// scripted calls, and prints the rows of docs/performance.md (--hub-log keeps everything the hub wrote). benchmarks/run.sh
// runs it in Release.
if (args.FirstOrDefault() == "bare")
{
    return await BareEndpoint.RunAsync(args[1..]);
}

if (LoadOptions.Parse(args) is not { } options)
{
    await Console.Error.WriteLineAsync(LoadOptions.Usage);
    return 2;
}

return await LoadRun.RunAsync(options, Console.Out, Console.Error);
