using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>The demo portfolio the simulator is seeded from, and its AppFolio property (sunset-vista, AppFolio id 42).</summary>
internal static class DemoPortfolio
{
    public const string PropertyCode = "sunset-vista";

    public const string PropertyId = "42";

    public const string ClientId = "demo-client";

    public const string ClientSecret = "demo-secret";

    public static string File { get; } = Path.Combine(Root(), "samples", "demo", "portfolio.json");

    public static SimulatorSeed Seed { get; } = SimulatorSeed.Load(File);

    public static IReadOnlyList<SeedResident> Residents { get; } = Seed.For("appfolio").Single().Residents;

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
