using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// A large property for a PMS simulator: <c>units</c> units on floors of 50 (101 to 150, 201 to 250, ...), one resident
/// in each and a second one in every fifth, an alternate phone for one resident in five, and phones in the four formats
/// PMS records hold them in. Written as a portfolio file and roster CSV that <see cref="SimulatorSeed.Load"/> reads.
/// </summary>
internal static class PmsRosterSeed
{
    /// <summary>Writes the seed of <paramref name="property"/> (a demo property of one PMS) and loads it.</summary>
    /// <returns>The seed and how many residents it has.</returns>
    public static (SimulatorSeed Seed, int Residents) Write(string folder, PmsDemo pms, JsonObject property, int units)
    {
        Directory.CreateDirectory(folder);
        var block = PmsDemo.All.ToList().IndexOf(pms);
        var csv = new StringBuilder("resident_id,first_name,last_name,unit,phone,alt_phone,email\n");
        var residents = 0;
        for (var u = 0; u < units; u++)
        {
            var unit = ((((u / 50) + 1) * 100) + (u % 50) + 1).ToString(CultureInfo.InvariantCulture);
            for (var occupant = 0; occupant < (u % 5 == 0 ? 2 : 1); occupant++)
            {
                var n = residents++;
                var alt = n % 5 == 0 ? Formatted(RosterFiles.E164(block + 100, n), n + 1) : string.Empty;
                csv.Append(CultureInfo.InvariantCulture,
                    $"{Id(pms.Plugin, n)},First{n % 997},Last{n % 1499},{unit},{Formatted(RosterFiles.E164(block, n), n)},{alt},r{n}@example.com\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "roster.csv"), csv.ToString());
        var seeded = property.DeepClone().AsObject();
        seeded["roster"] = "roster.csv";
        var file = Path.Combine(folder, "portfolio.json");
        File.WriteAllText(file, new JsonObject { ["code"] = "seed", ["name"] = "Seed", ["properties"] = new JsonArray(seeded) }.ToJsonString());
        return (SimulatorSeed.Load(file), residents);
    }

    /// <summary>Resident codes in each PMS's own style: Yardi's t-codes, RealPage member ids, AppFolio tenant ids.</summary>
    public static string Id(string plugin, int n) => plugin switch
    {
        "yardi" => $"t{n + 1_000_000:0000000}",
        "realpage" => (9_000_000 + n).ToString(CultureInfo.InvariantCulture),
        _ => (200_000 + n).ToString(CultureInfo.InvariantCulture),
    };

    public static string Formatted(string e164, int n) => (n % 4) switch
    {
        0 => $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}",
        1 => $"{e164[2..5]}.{e164[5..8]}.{e164[8..]}",
        2 => $"{e164[2..5]}-{e164[5..8]}-{e164[8..]}",
        _ => e164,
    };
}
