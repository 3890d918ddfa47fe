using System.Diagnostics;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Pms;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// Roster sync of a 5,000-unit property from each PMS simulator, as `aipc pms sync` does it: the connector reads the
/// roster over HTTP from a simulator on this machine, then the hub normalises every phone and upserts. The first sync
/// is whole on an empty roster; the second is the next scheduled one (incremental for AppFolio, whole for the others),
/// after <see cref="Moves"/> residents have moved in and as many out in the PMS.
/// </summary>
internal static class PmsSyncMeasurement
{
    private const int Units = 5_000;
    private const int Moves = 10;

    public static async Task RunAsync(string plugins, string? postgres, TextWriter output)
    {
        foreach (var pms in PmsDemo.All)
        {
            await using var hub = await BenchHub.StartAsync(postgres, plugins);
            var property = pms.PropertyJson();
            var (seed, residents) = PmsRosterSeed.Write(Path.Combine(hub.Folder, "seed"), pms, property, Units);
            using var simulator = pms.StartSimulator(seed);

            property.Remove("roster"); // the hub starts with an empty roster: the PMS is its source
            var file = Path.Combine(hub.Folder, "portfolio.json");
            await File.WriteAllTextAsync(file, new JsonObject { ["code"] = "demo", ["name"] = "Demo", ["properties"] = new JsonArray(property) }.ToJsonString());
            await PmsDemo.ImportAsync(hub, file, [simulator]);
            var reference = (await hub.Get<PropertyDirectory>().FindAsync(pms.Property, "demo", CancellationToken.None)).Property!;

            var sync = hub.Get<PmsRosterSync>();
            var (first, firstTook) = await TimeAsync(() => sync.SyncAsync(reference, whole: true, CancellationToken.None));
            Move(simulator, (string)property["pms"]!["propertyId"]!, pms.Plugin, residents);
            var (again, againTook) = await TimeAsync(() => sync.SyncAsync(reference, whole: false, CancellationToken.None));
            output.WriteLine(FormattableString.Invariant(
                $"| roster sync, {pms.Plugin}, {(postgres is null ? "SQLite" : "PostgreSQL")}, {Units:N0} units ({residents:N0} residents), first / again | {firstTook.TotalSeconds:F2} s / {againTook.TotalSeconds:F2} s (first: {Describe(first)}; again: {Describe(again)}) |"));
        }
    }

    /// <summary>What happens between two scheduled syncs: residents move in (into an occupied unit) and others move out.</summary>
    private static void Move(PmsSimulator simulator, string propertyId, string plugin, int residents)
    {
        for (var k = 0; k < Moves; k++)
        {
            var n = residents + k;
            var arriving = new SeedResident(PmsRosterSeed.Id(plugin, n), "New", $"Resident{k}", "101", PmsRosterSeed.Formatted(RosterFiles.E164(3, n), n), null, null);
            var leaving = PmsRosterSeed.Id(plugin, 1 + (k * 500));
            var moved = simulator switch
            {
                YardiSimulator yardi => Add(() => yardi.AddResident(propertyId, YardiResident.From(arriving))) && yardi.MoveOutResident(propertyId, leaving),
                RealPageSimulator realPage => Add(() => realPage.AddResident(propertyId, arriving)) && realPage.RemoveResident(propertyId, leaving),
                AppFolioSimulator appFolio => Add(() => appFolio.AddResident(propertyId, arriving)) && appFolio.RemoveResident(leaving),
                _ => false,
            };
            if (!moved)
            {
                throw new InvalidOperationException($"resident {leaving} could not move out of the {plugin} simulator");
            }
        }

        static bool Add(Action add)
        {
            add();
            return true;
        }
    }

    private static async Task<(PmsSyncResult Result, TimeSpan Took)> TimeAsync(Func<Task<AiPhoneCoverage.Sdk.Result<PmsSyncResult>>> sync)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await sync();
        var took = Stopwatch.GetElapsedTime(started);
        return result.IsSuccess ? (result.Value, took) : throw new InvalidOperationException($"sync failed: {result.Error}");
    }

    private static string Describe(PmsSyncResult result) => FormattableString.Invariant(
        $"{(result.Whole ? "whole" : "incremental")}, {result.Read:N0} read, {result.Import.Added:N0} added, {result.Import.Updated:N0} updated, {result.Import.Unchanged:N0} unchanged, {result.Import.MovedOut:N0} moved out, {result.Import.Problems.Count} rejected");
}
