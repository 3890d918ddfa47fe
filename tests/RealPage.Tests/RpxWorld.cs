using AiPhoneCoverage.Plugins.RealPage;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>
/// The RealPage simulator seeded from the demo portfolio, and the connector over the named HTTP client the hub
/// registers (standard resilience handler, unsafe methods never retried), pointed at it as River Bend's settings are.
/// </summary>
internal sealed class RpxWorld : IDisposable
{
    public const string SiteId = "3314559";
    public const string LicenseKey = "demo-license-key";
    private readonly ServiceProvider _services;

    public RpxWorld(RealPageSimulatorOptions? options = null, TimeProvider? time = null, TimeSpan? attemptTimeout = null)
    {
        Simulator = new RealPageSimulator(0, Seed, options);
        var services = new ServiceCollection();
        services.AddHttpClient(RpxClient.HttpClientName).AddStandardResilienceHandler(o =>
        {
            o.Retry.DisableForUnsafeHttpMethods();
            o.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(20);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(45);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(40);
        });
        _services = services.BuildServiceProvider();
        Connector = new RealPageConnector(_services.GetRequiredService<IHttpClientFactory>(), time ?? TimeProvider.System);
        Settings = new Dictionary<string, string>
        {
            ["baseUrl"] = Simulator.Url,
            ["partner"] = "aipc",
            ["pmcId"] = "1001",
            ["licenseKey"] = LicenseKey,
        };
    }

    public static SimulatorSeed Seed { get; } = SimulatorSeed.Load(Path.Combine(RepoRoot(), "samples", "demo", "portfolio.json"));

    public static SeedProperty RiverBend => Seed.For("realpage").Single();

    public RealPageSimulator Simulator { get; }

    public RealPageConnector Connector { get; }

    public Dictionary<string, string> Settings { get; }

    public PmsProperty Property => new("river-bend", SiteId, new Dictionary<string, string>(Settings));

    /// <summary>The SOAP operations the simulator received, in order (from SOAPAction).</summary>
    public IReadOnlyList<string> Operations => Simulator.Server.LogEntries
        .Where(e => e.RequestMessage.Method == "POST")
        .Select(e => e.RequestMessage.Headers!["SOAPAction"].Single().Trim('"').Split('/')[^1])
        .ToList();

    public static WorkOrderRequest Order(
        string key = "call:CA0001:wo1",
        string unit = "101",
        string? resident = "880100",
        Category category = Category.Plumbing,
        Urgency urgency = Urgency.Emergency) =>
        new(key, "river-bend", unit, resident, category, urgency, "Kitchen sink leaking",
            "Water is coming out under the kitchen sink and spreading on the floor.", PermissionToEnter.Granted, "Dog in the bedroom",
            "+15125551100", new DateTimeOffset(2026, 11, 25, 22, 15, 0, TimeSpan.FromHours(-6)));

    public void Dispose()
    {
        _services.Dispose();
        Simulator.Dispose();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
