using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>
/// What retrying cannot fix (bad credentials, an unknown unit, a category the customer's list cannot take) stops at the
/// first attempt with a clear error on the work order, visible in `aipc workorders list`, through the real connectors.
/// </summary>
public sealed class PmsRefusalTests
{
    [Theory]
    [InlineData("yardi", "bad_credentials")]
    [InlineData("realpage", "bad_credentials")]
    [InlineData("appfolio", "bad_credentials")]
    [InlineData("yardi", "unknown_unit")]
    [InlineData("realpage", "unknown_unit")]
    [InlineData("appfolio", "unknown_unit")]
    [InlineData("yardi", "unknown_category")]
    public async Task A_refusal_stops_at_once_with_a_clear_error_and_no_retry_storm(string plugin, string expected)
    {
        var pms = DemoPms.Named(plugin);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        await using var hub = await TestHub.StartAsync(Provider.Sqlite, RepoPaths.Plugins, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        using var simulators = SimulatorHost.Start(
            new SimulatorOptions { Yardi = new() { Port = 0 }, RealPage = new() { Port = 0 }, AppFolio = new() { Port = 0 }, Twilio = new() { Port = 0 } },
            SimulatorSeed.Load(RepoPaths.DemoPortfolio), hub.DataPath);
        var simulator = simulators.Simulators.Single(s => s.Name == plugin);
        hub.Get<HubAddress>().Simulators[plugin] = new Uri(simulator.Url);
        var portfolioFile = Path.Combine(hub.DataPath, "portfolio.json");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoPortfolio))!;
        foreach (var property in document["properties"]!.AsArray())
        {
            property!["roster"] = Path.Combine(Path.GetDirectoryName(RepoPaths.DemoPortfolio)!, property["roster"]!.GetValue<string>());
            var settings = property["pms"]!["settings"]!.AsObject();
            if (expected == "bad_credentials")
            {
                foreach (var secret in new[] { "password", "licenseKey", "clientSecret" }.Where(settings.ContainsKey))
                {
                    settings[secret] = "wrong-" + settings[secret]!.GetValue<string>();
                }
            }

            if (expected == "unknown_category")
            {
                // The operator pinned plumbing to a category this customer does not have.
                settings["categoryMap:plumbing"] = "Carpentry";
            }
        }

        await File.WriteAllTextAsync(portfolioFile, document.ToJsonString());
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(portfolioFile, CancellationToken.None)).Succeeded);
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
        await QueueAsync(hub, portfolioId, pms, clock, unit: expected == "unknown_unit" ? "99Z" : pms.Unit);

        var worker = hub.Get<OutboxWorker>();
        for (var pass = 0; pass < 10; pass++)
        {
            var running = worker.DeliverDueAsync(CancellationToken.None);
            while (!running.IsCompleted)
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
                await Task.WhenAny(running, Task.Delay(5));
            }

            await running;
            clock.Advance(TimeSpan.FromMinutes(10));
        }

        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Kind == OutboxKinds.WorkOrder);
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.StartsWith(expected + ":", row.LastError, StringComparison.Ordinal);
        Assert.Empty(DemoPms.Ledger(simulator));
        var (_, listed) = await new Aipc(hub.DataPath).RunAsync("workorders", "list");
        Assert.Contains(expected + ":", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-", listed, StringComparison.Ordinal);
    }

    private static async Task QueueAsync(TestHub hub, Guid portfolioId, DemoPms pms, TimeProvider clock, string unit)
    {
        var now = clock.GetUtcNow();
        await using var db = hub.Database.Open(PortfolioScope.For(portfolioId));
        db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Kind = OutboxKinds.WorkOrder, Subject = "CArefused", CorrelationKey = "CArefused:wo1",
            PayloadJson = new WorkOrderPayload(pms.Property, unit, pms.Resident, "plumbing", "emergency", false, "Leak under the sink", "Leak under the sink",
                pms.ResidentNumber, now, "WO-REFUSE").ToJson(),
            Status = OutboxStatus.Pending, NextAttemptAt = now, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
    }
}
