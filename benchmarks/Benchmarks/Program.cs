using AiPhoneCoverage.Benchmarks;

// Usage: Benchmarks import [--postgres <cs>] | lookup | resume [--postgres <cs>] | analyze <plugins> <scenarios> | memory <hub dll> | startup <hub dll>
// benchmarks/run.sh runs all of them in Release and prints the rows of docs/performance.md.
var output = Console.Out;
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
    default:
        Console.Error.WriteLine("usage: Benchmarks import [--postgres <cs>] | lookup | resume [--postgres <cs>] | startup <hub dll>");
        return 2;
}

return 0;
