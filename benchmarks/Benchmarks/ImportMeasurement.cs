using System.Diagnostics;
using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>Roster import of 100,000 residents from CSV, as `aipc import residents` does it: read, validate, normalise, upsert.</summary>
internal static class ImportMeasurement
{
    public static async Task RunAsync(string? postgres, TextWriter output)
    {
        await using var hub = await BenchHub.StartAsync(postgres);
        var property = (await hub.PortfolioAsync(1))[0];
        var csv = RosterFiles.Write(Path.Combine(hub.Folder, "csv"), 0, 100_000);

        foreach (var run in new[] { "first import (100,000 added)", "re-import (100,000 unchanged)" })
        {
            var started = Stopwatch.GetTimestamp();
            RosterFile file;
            using (var reader = new StreamReader(csv))
            {
                file = hub.Get<RosterCsvReader>().Read(reader);
            }

            var read = Stopwatch.GetElapsedTime(started);
            var result = await hub.Get<RosterImport>().ImportAsync(property, file.Rows, file.Problems, CancellationToken.None);
            var total = Stopwatch.GetElapsedTime(started);
            output.WriteLine(FormattableString.Invariant(
                $"| roster import, {(postgres is null ? "SQLite" : "PostgreSQL")}, {run} | {total.TotalSeconds:F2} s (CSV read and validated in {read.TotalSeconds:F2} s; {result.Added:N0} added, {result.Unchanged:N0} unchanged, {result.Problems.Count} rejected) |"));
        }
    }
}
