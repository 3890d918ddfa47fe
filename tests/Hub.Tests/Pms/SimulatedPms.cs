using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>
/// A test hub on a fake clock with the real PMS plugins, the demo portfolio (optionally edited first) and the three
/// PMS simulators on free ports; work orders are queued as CreateWorkOrder queues them and delivered by the outbox
/// worker while the clock moves.
/// </summary>
internal sealed class SimulatedPms : IAsyncDisposable
{
    private SimulatedPms(TestHub hub, SimulatorHost simulators, FakeTimeProvider clock, Guid portfolioId)
    {
        Hub = hub;
        Simulators = simulators;
        Clock = clock;
        PortfolioId = portfolioId;
    }

    public TestHub Hub { get; }

    public SimulatorHost Simulators { get; }

    public FakeTimeProvider Clock { get; }

    public Guid PortfolioId { get; }

    public PmsSimulator Simulator(string plugin) => Simulators.Simulators.Single(s => s.Name == plugin);

    public static async Task<SimulatedPms> StartAsync(Action<JsonObject>? editProperty = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        var hub = await TestHub.StartAsync(Provider.Sqlite, RepoPaths.Plugins, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        var simulators = SimulatorHost.Start(
            SimulatorOptions.OnFreePorts(),
            SimulatorSeed.Load(RepoPaths.DemoPortfolio), hub.DataPath, time: clock);
        foreach (var simulator in simulators.Simulators)
        {
            hub.Get<HubAddress>().Simulators[simulator.Name] = new Uri(simulator.Url);
        }

        var file = RepoPaths.DemoPortfolio;
        if (editProperty is not null)
        {
            var document = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoPortfolio))!;
            foreach (var property in document["properties"]!.AsArray().OfType<JsonObject>())
            {
                property["roster"] = Path.Combine(Path.GetDirectoryName(RepoPaths.DemoPortfolio)!, property["roster"]!.GetValue<string>());
                editProperty(property);
            }

            file = Path.Combine(hub.DataPath, "portfolio.json");
            await File.WriteAllTextAsync(file, document.ToJsonString());
        }

        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(file, CancellationToken.None)).Succeeded);
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
        return new SimulatedPms(hub, simulators, clock, portfolioId);
    }

    /// <summary>Queues a work order for <paramref name="pms"/>'s demo resident; returns its correlation key.</summary>
    public async Task<string> QueueAsync(DemoPms pms, string subject, string? unit = null)
    {
        var now = Clock.GetUtcNow();
        var key = $"{subject}:wo1";
        await using var db = Hub.Database.Open(PortfolioScope.For(PortfolioId));
        db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = PortfolioId, Id = Guid.CreateVersion7(), Kind = OutboxKinds.WorkOrder, Subject = subject, CorrelationKey = key,
            PayloadJson = new WorkOrderPayload(pms.Property, unit ?? pms.Unit, pms.Resident, "plumbing", "emergency", false, $"Leak under the sink ({subject})",
                "there's water under my sink / yes it's still pouring out", pms.ResidentNumber, now, "WO-" + subject[^6..].ToUpperInvariant()).ToJson(),
            Status = OutboxStatus.Pending, NextAttemptAt = now, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>One outbox pass while moving the fake clock, so that timeouts and retry delays on it (the HTTP pipeline's) pass.</summary>
    public async Task DeliverAsync()
    {
        var running = Hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None);
        while (!running.IsCompleted)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(running, Task.Delay(5));
        }

        await running;
    }

    public async ValueTask DisposeAsync()
    {
        Simulators.Dispose();
        await Hub.DisposeAsync();
    }
}
