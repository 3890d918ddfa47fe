using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Vendors;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>
/// A test hub on a fake clock with the real vendor plugins, the demo portfolio (optionally edited first), and the
/// vendor endpoint and ServiceChannel simulators on free ports and on the same clock (signatures and tokens are timed).
/// Work orders are queued as the Dispatch activity queues them, with their SLA clocks started; the outbox worker and
/// the status worker run one pass at a time.
/// </summary>
internal sealed class SimulatedVendors : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    private int _calls;

    private SimulatedVendors(TestHub hub, FakeTimeProvider clock, VendorEndpointSimulator vendors, ServiceChannelSimulator serviceChannel, Guid portfolioId)
    {
        Hub = hub;
        Clock = clock;
        Vendors = vendors;
        ServiceChannel = serviceChannel;
        PortfolioId = portfolioId;
    }

    public TestHub Hub { get; }

    public FakeTimeProvider Clock { get; }

    public VendorEndpointSimulator Vendors { get; }

    public ServiceChannelSimulator ServiceChannel { get; }

    public Guid PortfolioId { get; }

    public static async Task<SimulatedVendors> StartAsync(Action<JsonNode>? edit = null)
    {
        var clock = new FakeTimeProvider(Start);
        var hub = await TestHub.StartAsync(Provider.Sqlite, RepoPaths.Plugins, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        var vendors = new VendorEndpointSimulator(0, time: clock);
        var serviceChannel = new ServiceChannelSimulator(0, time: clock);
        hub.Get<HubAddress>().Simulators[vendors.Name] = new Uri(vendors.Url);
        hub.Get<HubAddress>().Simulators[serviceChannel.Name] = new Uri(serviceChannel.Url);

        var document = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoPortfolio))!;
        foreach (var property in document["properties"]!.AsArray().OfType<JsonObject>())
        {
            property.Remove("roster"); // residents are not needed: work orders are queued with their unit
        }

        edit?.Invoke(document);
        var file = Path.Combine(hub.DataPath, "portfolio.json");
        Directory.CreateDirectory(hub.DataPath);
        await File.WriteAllTextAsync(file, document.ToJsonString());
        var imported = await hub.Get<PortfolioImporter>().ImportAsync(file, CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var portfolioId = (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
        return new SimulatedVendors(hub, clock, vendors, serviceChannel, portfolioId);
    }

    /// <summary>
    /// Queues a work order as a call's CreateWorkOrder and Dispatch would: its SLA clocks started and the vendor routing
    /// asked for the trade, in one unit of work.
    /// </summary>
    public async Task<QueuedOrder> QueueAsync(
        string property, string? unit, string category, string urgency, string summary, string trade, string callerPhone = "+16175551000")
    {
        var now = Clock.GetUtcNow();
        var subject = $"CA{Interlocked.Increment(ref _calls):D32}";
        var workOrderId = Guid.CreateVersion7(now);
        var reference = "WO-" + workOrderId.ToString("N")[^6..].ToUpperInvariant();
        var order = new WorkOrderPayload(property, unit, "t0010041", category, urgency, false, summary, summary, callerPhone, now, reference);
        await using var db = Hub.Database.Open(PortfolioScope.For(PortfolioId));
        var propertyId = await db.Properties.Where(p => p.Code == property).Select(p => p.Id).SingleAsync();
        SlaClocks.Start(db, (await RoutingPolicies.LoadAsync(db, CancellationToken.None)).Sla, new SlaStart(subject, workOrderId, reference, propertyId, property, urgency, now));
        var choice = await Hub.Get<VendorRouting>().QueueAsync(db, subject, workOrderId, order, trade, CancellationToken.None);
        await db.SaveChangesAsync();
        return new QueuedOrder(subject, workOrderId, reference, choice);
    }

    /// <summary>One outbox pass: every due dispatch and text is attempted once.</summary>
    public Task<int> DeliverAsync() => Hub.Get<OutboxWorker>().DeliverDueAsync(CancellationToken.None);

    /// <summary>
    /// One outbox pass while the clock moves, so that delays on it pass: the HTTP pipeline retries a GET that met a 5xx
    /// after a backoff on the hub's clock. Times written meanwhile are later than the pass's start.
    /// </summary>
    public async Task DeliverWhileTimePassesAsync()
    {
        var running = DeliverAsync();
        while (!running.IsCompleted)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(running, Task.Delay(5));
        }

        await running;
    }

    /// <summary>One status pass: every dispatch whose status is due is read once.</summary>
    public Task<int> ReadStatusesAsync() => Hub.Get<VendorStatusWorker>().ReadDueAsync(CancellationToken.None);

    public async Task<T> ReadAsync<T>(Func<HubDbContext, Task<T>> read)
    {
        await using var db = Hub.Database.Open(PortfolioScope.For(PortfolioId));
        return await read(db);
    }

    public Task<List<VendorDispatchRecord>> DispatchesAsync(QueuedOrder order) =>
        ReadAsync(db => db.VendorDispatches.AsNoTracking().Where(d => d.WorkOrderId == order.WorkOrderId).OrderBy(d => d.Id).ToListAsync());

    public Task<List<OutboxRecord>> OutboxAsync(QueuedOrder order) =>
        ReadAsync(async db => (await db.Outbox.AsNoTracking().Where(o => o.Subject == order.Subject).ToListAsync()).OrderBy(o => o.CorrelationKey, StringComparer.Ordinal).ToList());

    public Task<List<AuditEntryRecord>> TrailAsync(QueuedOrder order) =>
        ReadAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Subject == order.Subject).OrderBy(a => a.Id).ToListAsync());

    public Task<List<SlaClockRecord>> ClocksAsync(QueuedOrder order) =>
        ReadAsync(db => db.SlaClocks.AsNoTracking().Where(c => c.WorkOrderId == order.WorkOrderId).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        Vendors.Dispose();
        ServiceChannel.Dispose();
        await Hub.DisposeAsync();
    }
}
