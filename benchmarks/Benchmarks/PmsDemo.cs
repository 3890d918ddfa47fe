using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// One demo property per PMS (samples/demo/portfolio.json, settings as shipped), a unit and resident of it that a
/// work order names, its simulator on a free port, and the simulator's ledger of work orders.
/// </summary>
internal sealed record PmsDemo(string Plugin, string Property, string Unit, string Resident, string ResidentNumber)
{
    public static IReadOnlyList<PmsDemo> All { get; } =
    [
        new("yardi", "maple-court", "1A", "t0010041", "+16175551000"),
        new("realpage", "river-bend", "102", "880107", "+15125551101"),
        new("appfolio", "sunset-vista", "1A", "5000", "+12135551200"),
    ];

    /// <summary>samples/demo/portfolio.json of the repository the benchmark runs from.</summary>
    public static string PortfolioFile { get; } = FindPortfolioFile();

    /// <summary>This PMS's property as the demo portfolio file has it (code, numbers, <c>pms</c> settings, roster).</summary>
    public JsonObject PropertyJson() =>
        JsonNode.Parse(File.ReadAllText(PortfolioFile))!["properties"]!.AsArray()
            .Select(p => p!.AsObject())
            .Single(p => (string?)p["pms"]?["plugin"] == Plugin)
            .DeepClone().AsObject();

    /// <summary>A simulator of this PMS on a free loopback port, serving <paramref name="seed"/>, with the demo credentials.</summary>
    public PmsSimulator StartSimulator(SimulatorSeed seed) => Plugin switch
    {
        "yardi" => new YardiSimulator(0, seed),
        "realpage" => new RealPageSimulator(0, seed),
        _ => new AppFolioSimulator(0, seed, "demo-client", "demo-secret"),
    };

    /// <summary>The descriptions of the work orders created in the simulator (each carries its correlation key).</summary>
    public static IReadOnlyList<string> Ledger(PmsSimulator simulator) => simulator switch
    {
        YardiSimulator yardi => yardi.WorkOrders.Select(w => $"{w.BriefDescription}\n{w.FullDescription}").ToList(),
        RealPageSimulator realPage => realPage.WorkOrders.Select(w => w.ServiceDetails ?? string.Empty).ToList(),
        AppFolioSimulator appFolio => appFolio.WorkOrders.Select(w => w.JobDescription).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(simulator)),
    };

    /// <summary>
    /// Imports a portfolio "demo" of the given properties into the hub and makes demo properties follow the running
    /// simulators (their shipped baseUrl names the default ports), as `serve` does when it runs them.
    /// </summary>
    public static async Task<Guid> ImportAsync(BenchHub hub, string file, IEnumerable<PmsSimulator> simulators)
    {
        foreach (var simulator in simulators)
        {
            hub.Get<HubAddress>().Simulators[simulator.Name] = new Uri(simulator.Url);
        }

        var result = await hub.Get<PortfolioImporter>().ImportAsync(file, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }

        return (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
    }

    private static string FindPortfolioFile()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var file = Path.Combine(dir.FullName, "samples", "demo", "portfolio.json");
                if (File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")) && File.Exists(file))
                {
                    return file;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (samples/demo/portfolio.json not found).");
    }
}
