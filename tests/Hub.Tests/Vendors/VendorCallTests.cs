using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Pms;
using AiPhoneCoverage.Hub.Vendors;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>
/// A routine call in the demo, through the whole hub with its simulators (serve's own, on free ports) and its workers:
/// the work order the call raised goes to the preferred vendor of its property and trade with its not-to-exceed
/// amount, and when the vendor accepts, the resident gets the vendorAssigned text.
/// </summary>
public sealed class VendorCallTests : IAsyncLifetime
{
    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync(new Dictionary<string, string?>
    {
        ["Hub:OutboxBackoffBase"] = "00:00:00.200",
        ["Vendors:FirstStatusRead"] = "00:00:00.200",
        ["Vendors:StatusPollInterval"] = "00:00:00.100",
    });

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    private T Simulator<T>()
        where T : PmsSimulator =>
        _hub.Hub.App.Services.GetServices<IHostedService>().OfType<SimulatorService>().Single().Host!.Simulators.OfType<T>().Single();

    [Theory]
    [InlineData("yardi", "my kitchen faucet drips a little", "Acme Plumbing", 500)]
    [InlineData("appfolio", "the air conditioning makes a rattling noise", "Cool Air HVAC", 750)]
    public async Task The_work_order_of_a_routine_call_reaches_the_preferred_vendor_with_its_nte_and_the_resident_hears_when_it_accepts(
        string pms, string request, string vendorName, int notToExceed)
    {
        var resident = DemoPms.Named(pms);
        var call = await _hub.Caller.PlaceCallAsync(_hub.Request(request) with { From = resident.ResidentNumber, To = resident.Number });
        var workOrder = await WorkOrderAsync(call.CallSid);
        var payload = WorkOrderPayload.Read(workOrder.PayloadJson);
        Assert.Equal("routine", payload.Urgency);

        // Until the Dispatch activity asks vendor routing itself, the test does, in a unit of work as the activity will.
        var key = await QueueUnlessDispatchedAsync(call.CallSid, workOrder.Id, payload);

        if (pms == "appfolio")
        {
            var created = await EventuallyAsync(() => Simulator<ServiceChannelSimulator>().WorkOrders.SingleOrDefault());
            Assert.Equal(((decimal?)notToExceed, "HVAC", 2006072L), (created.Nte, created.Trade, created.LocationId));
            Assert.Contains($"[AiPhoneCoverage ref {key}]", created.Description, StringComparison.Ordinal);
            Simulator<ServiceChannelSimulator>().SetStatus(created.Id, "IN PROGRESS");
        }
        else
        {
            var job = await EventuallyAsync(() => Simulator<VendorEndpointSimulator>().Jobs.SingleOrDefault());
            Assert.Equal(((decimal?)notToExceed, key, "1A", "plumbing"), (job.NotToExceed, job.CorrelationKey, job.UnitCode, job.Category));
        }

        var told = await EventuallyAsync(() => Simulator<TwilioSimulator>().SentMessages.SingleOrDefault(m => m.Contains("has accepted", StringComparison.Ordinal)));
        Assert.Equal($"{vendorName} has accepted request {payload.Reference} and will contact you to schedule the visit.", told);
        await using var db = _hub.Database.Open(PortfolioScope.System);
        Assert.All(await db.SlaClocks.Where(c => c.WorkOrderId == workOrder.Id && c.Target == SlaPolicy.Respond).ToListAsync(), c => Assert.NotNull(c.MetAt));
        Assert.Equal(VendorDispatchStatus.Accepted, (await db.VendorDispatches.SingleAsync(d => d.Subject == call.CallSid)).Status);
    }

    /// <summary>
    /// End to end: passes once the Dispatch activity calls <see cref="VendorRouting.QueueAsync"/> for a routine work
    /// order (until then nothing reaches the vendor and this test fails).
    /// </summary>
    [Fact]
    public async Task A_routine_call_is_dispatched_by_the_hub_itself_to_the_preferred_vendor_of_its_trade_with_its_nte()
    {
        var call = await _hub.CallAsync("my kitchen faucet drips a little");
        var reference = WorkOrderPayload.Read((await WorkOrderAsync(call.CallSid)).PayloadJson).Reference;

        var job = await EventuallyAsync(() => Simulator<VendorEndpointSimulator>().Jobs.SingleOrDefault());
        Assert.Equal(("acme-plumbing", (decimal?)500m, $"{call.CallSid}:vendor1"), (job.VendorCode, job.NotToExceed, job.CorrelationKey));
        var told = await EventuallyAsync(() => Simulator<TwilioSimulator>().SentMessages.SingleOrDefault(m => m.Contains("has accepted", StringComparison.Ordinal)));
        Assert.Contains(reference, told, StringComparison.Ordinal);
        Assert.Contains((await _hub.ReportAsync(call.CallSid))!.Trail, t => t.Kind == "vendor_accepted");
    }

    private async Task<OutboxRecord> WorkOrderAsync(string callSid)
    {
        await using var db = _hub.Database.Open(PortfolioScope.System);
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Subject == callSid && o.Kind == OutboxKinds.WorkOrder);
    }

    private async Task<string> QueueUnlessDispatchedAsync(string callSid, Guid workOrderId, WorkOrderPayload payload)
    {
        await using (var system = _hub.Database.Open(PortfolioScope.System))
        {
            var call = await system.Calls.AsNoTracking().SingleAsync(c => c.CallSid == callSid);
            await using var db = _hub.Database.Open(PortfolioScope.For(call.PortfolioId));
            if (!await db.VendorDispatches.AnyAsync(d => d.Subject == callSid))
            {
                if (!await db.SlaClocks.AnyAsync(c => c.WorkOrderId == workOrderId))
                {
                    SlaClocks.Start(db, (await RoutingPolicies.LoadAsync(db, CancellationToken.None)).Sla,
                        new SlaStart(callSid, workOrderId, payload.Reference, call.PropertyId, payload.PropertyCode, payload.Urgency, call.StartedAt));
                }

                var trade = Trades.ForCategory(WireEnum.Parse<Category>(payload.Category));
                Assert.NotNull(await _hub.Hub.App.Services.GetRequiredService<VendorRouting>().QueueAsync(db, callSid, workOrderId, payload, trade, CancellationToken.None));
                await db.SaveChangesAsync();
            }
        }

        return $"{callSid}:vendor1";
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var i = 0; i < 150; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return probe() ?? throw new Xunit.Sdk.XunitException("not within 30 s");
    }
}
