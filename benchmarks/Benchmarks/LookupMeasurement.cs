using System.Diagnostics;
using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// Caller-ID lookup with 1,000,000 residents (10 properties of 100,000) imported into the embedded database and loaded into
/// the roster index by the hub's own loader: index load time, index memory, and the latency of the whole lookup path
/// (normalise the caller ID, keyed hash, index) for numbers that match and numbers that do not.
/// </summary>
internal static class LookupMeasurement
{
    private const int Properties = 10;
    private const int PerProperty = 100_000;

    public static async Task RunAsync(TextWriter output)
    {
        await using var hub = await BenchHub.StartAsync(postgres: null);
        var properties = await hub.PortfolioAsync(Properties);
        for (var block = 0; block < Properties; block++)
        {
            using var reader = new StreamReader(RosterFiles.Write(Path.Combine(hub.Folder, "csv"), block, PerProperty));
            var file = hub.Get<RosterCsvReader>().Read(reader);
            await hub.Get<RosterImport>().ImportAsync(properties[block], file.Rows, file.Problems, CancellationToken.None);
        }

        var index = hub.Get<RosterIndex>();
        var before = SettledHeap();
        var started = Stopwatch.GetTimestamp();
        await hub.Get<RosterIndexLoader>().LoadAllAsync(CancellationToken.None);
        var loaded = Stopwatch.GetElapsedTime(started);
        var memory = SettledHeap() - before;
        output.WriteLine(FormattableString.Invariant(
            $"| roster index load, 1,000,000 residents ({index.PhoneCount:N0} numbers) from SQLite | {loaded.TotalSeconds:F2} s; index memory {memory / 1024.0 / 1024.0:F0} MB (managed heap after full GC, before vs after) |"));

        var lookup = hub.Get<CallerLookup>();
        var random = new Random(7);
        var hits = new Latency();
        var misses = new Latency();
        for (var i = 0; i < 200_000; i++)
        {
            var block = random.Next(Properties);
            var hit = i % 10 != 0;
            var number = hit ? RosterFiles.E164(block, random.Next(PerProperty)) : $"+1907555{random.Next(10000):0000}";
            var t = Stopwatch.GetTimestamp();
            var matches = await lookup.FindAsync(number, null, CancellationToken.None);
            (hit ? hits : misses).Add(t);
            if (hit && matches.Count == 0)
            {
                throw new InvalidOperationException($"{number} should have matched");
            }
        }

        output.WriteLine($"| caller-ID lookup, 1,000,000 residents, number on the roster | {hits.Summary()} |");
        output.WriteLine($"| caller-ID lookup, 1,000,000 residents, unknown number | {misses.Summary()} |");
    }

    private static long SettledHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
