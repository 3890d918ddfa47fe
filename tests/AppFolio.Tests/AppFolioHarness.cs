using System.Text.Json;
using AiPhoneCoverage.Plugins.AppFolio;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>A simulated AppFolio for the demo portfolio, and the connector over a real IHttpClientFactory with the hub's named client.</summary>
internal sealed class AppFolioHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public AppFolioHarness(AppFolioCustomer? customer = null, TimeSpan? timeout = null, Action<IHttpClientBuilder>? configure = null, TimeProvider? connectorTime = null)
    {
        Simulator = new AppFolioSimulator(0, DemoPortfolio.Seed, DemoPortfolio.ClientId, DemoPortfolio.ClientSecret, customer);
        var services = new ServiceCollection();
        var client = services.AddHttpClient(StackApi.HttpClientName, c => c.Timeout = timeout ?? TimeSpan.FromSeconds(10));
        configure?.Invoke(client);
        _services = services.BuildServiceProvider();
        Connector = new AppFolioConnector(_services.GetRequiredService<IHttpClientFactory>(), connectorTime);
    }

    public AppFolioSimulator Simulator { get; }

    public AppFolioConnector Connector { get; }

    public PmsProperty Property(params (string Key, string Value)[] settings) => PropertyWith(DemoPortfolio.PropertyId, settings);

    public PmsProperty PropertyWith(string externalId, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["baseUrl"] = Simulator.Url,
            ["clientId"] = DemoPortfolio.ClientId,
            ["clientSecret"] = DemoPortfolio.ClientSecret,
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new PmsProperty(DemoPortfolio.PropertyCode, externalId, all);
    }

    public static WorkOrderRequest Order(
        string key = "CA0001:wo1", string unit = "4B", string? resident = "5039", Category category = Category.Plumbing, Urgency urgency = Urgency.Emergency,
        PermissionToEnter permission = PermissionToEnter.Granted) =>
        new(key, DemoPortfolio.PropertyCode, unit, resident, category, urgency, "Water leaking through the kitchen ceiling",
            "Caller says water is dripping from the ceiling above the sink and spreading.", permission, "Dog in the bedroom", "+12135551245",
            new DateTimeOffset(2026, 11, 25, 22, 15, 0, TimeSpan.FromHours(-8)));

    /// <summary>The requests the simulator received for the API, oldest first.</summary>
    public IReadOnlyList<ILogEntry> ApiRequests => Simulator.Server.LogEntries.Where(e => e.RequestMessage.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

    public ILogEntry OnlyPost => Assert.Single(ApiRequests, e => e.RequestMessage.Method == "POST");

    public static JsonElement Json(string? body) => JsonDocument.Parse(body!).RootElement.Clone();

    public void Dispose()
    {
        Simulator.Dispose();
        _services.Dispose();
    }
}
