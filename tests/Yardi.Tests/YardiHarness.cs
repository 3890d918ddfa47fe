using System.Text.Json;
using System.Xml.Linq;
using AiPhoneCoverage.Plugins.Yardi;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>
/// A simulated Voyager seeded from the demo portfolio, and the connector over a real IHttpClientFactory with the named
/// client the hub registers. The property's settings are the demo portfolio's own, pointed at the simulator.
/// </summary>
internal sealed class YardiHarness : IDisposable
{
    public const string PropertyId = "maple01";

    private static readonly Lazy<(SimulatorSeed Seed, Dictionary<string, string> Settings)> Demo = new(LoadDemo);

    /// <summary>When the test work orders were reported; the harness's clock stands still there unless a test gives another.</summary>
    public static readonly DateTimeOffset Reported = new(2026, 11, 25, 22, 15, 0, TimeSpan.FromHours(-5));

    /// <param name="time">The clock of the simulator and of <see cref="Connector"/>; a fake one stopped at <see cref="Reported"/> when null.</param>
    public YardiHarness(TimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(Reported);
        Simulator = new YardiSimulator(0, Demo.Value.Seed, time: Time);
    }

    public YardiSimulator Simulator { get; }

    /// <summary>The one clock that the simulator and the connectors read "today" from.</summary>
    public TimeProvider Time { get; }

    public static SimulatorSeed Seed => Demo.Value.Seed;

    public static IReadOnlyList<SeedResident> DemoResidents => Seed.For("yardi").Single().Residents;

    /// <summary>The demo property's settings, with the simulator's address and any changes.</summary>
    public PmsProperty Target(IReadOnlyDictionary<string, string>? changes = null, string propertyId = PropertyId)
    {
        var settings = new Dictionary<string, string>(Demo.Value.Settings) { ["baseUrl"] = Simulator.Url + "/demo" };
        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new PmsProperty("maple-court", propertyId, settings);
    }

    /// <summary>A connector on the harness's clock unless <paramref name="time"/> says otherwise.</summary>
    public YardiConnector Connector(TimeSpan? timeout = null, Func<HttpMessageHandler>? handler = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        var client = services.AddHttpClient("yardi", c => c.Timeout = timeout ?? TimeSpan.FromSeconds(10));
        if (handler is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(handler);
        }

        return new YardiConnector(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), time ?? Time);
    }

    public static WorkOrderRequest WorkOrder(
        string key = "wo-7f3a9c",
        string unit = "4B",
        string? resident = "t0010054",
        Category category = Category.Plumbing,
        Urgency urgency = Urgency.Emergency,
        string summary = "Kitchen sink leaking",
        PermissionToEnter permission = PermissionToEnter.Granted) =>
        new(key, "maple-court", unit, resident, category, urgency, summary,
            "Caller reports water pouring from under the kitchen sink onto the floor.", permission, "Dog in unit",
            "+16175551013", Reported);

    /// <summary>The SOAP requests the simulator received for an operation, oldest first, as XML.</summary>
    public IReadOnlyList<(XDocument Body, IDictionary<string, WireMock.Types.WireMockList<string>> Headers, string Path)> Requests(string operation) =>
        Simulator.Server.LogEntries
            .Select(e => e.RequestMessage)
            .Where(r => r.Headers?.TryGetValue("SOAPAction", out var action) == true && action.Single().EndsWith("/" + operation + "\"", StringComparison.Ordinal))
            .OrderBy(r => r.DateTime)
            .Select(r => (XDocument.Parse(r.Body!), r.Headers!, r.Path))
            .ToList();

    public int SoapRequestCount => Simulator.Server.LogEntries.Count(e => e.RequestMessage.Path.EndsWith(".asmx", StringComparison.OrdinalIgnoreCase));

    public void Dispose() => Simulator.Dispose();

    private static (SimulatorSeed, Dictionary<string, string>) LoadDemo()
    {
        var portfolio = Path.Combine(FindRoot(), "samples", "demo", "portfolio.json");
        using var json = JsonDocument.Parse(File.ReadAllText(portfolio));
        var property = json.RootElement.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("pms").GetProperty("plugin").GetString() == "yardi");
        var settings = property.GetProperty("pms").GetProperty("settings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        return (SimulatorSeed.Load(portfolio), settings);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiPhoneCoverage.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
