using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Tests.Pms;
using AiPhoneCoverage.Hub.Vendors;
using AiPhoneCoverage.Simulators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>
/// End to end (issue 7's acceptance): a routine call in the demo, through the whole hub with serve's own simulators (on
/// free ports) and its workers. The Dispatch activity sends the work order to the preferred vendor of its property
/// and trade with its not-to-exceed amount; when the vendor accepts, the resident is texted the portfolio's
/// vendorAssigned message through the Twilio simulator and the respond clock is met.
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
    public async Task A_routine_call_is_dispatched_by_the_hub_itself_to_the_preferred_vendor_of_its_trade_with_its_nte(
        string pms, string request, string vendorName, int notToExceed)
    {
        var resident = DemoPms.Named(pms);
        var call = await _hub.Caller.PlaceCallAsync(_hub.Request(request) with { From = resident.ResidentNumber, To = resident.Number });
        var workOrder = await WorkOrderAsync(call.CallSid);
        var payload = WorkOrderPayload.Read(workOrder.PayloadJson);
        var key = $"{call.CallSid}:vendor1";
        Assert.Equal("routine", payload.Urgency);

        if (pms == "appfolio")
        {
            // ServiceChannel: the provider says nothing at first; it confirms later and the status worker reads it.
            var created = await Eventually.FoundAsync(() => Simulator<ServiceChannelSimulator>().WorkOrders.SingleOrDefault(), "ServiceChannel has the work order");
            Assert.Equal(((decimal?)notToExceed, "HVAC", 2006072L, 2000090506L), (created.Nte, created.Trade, created.LocationId, created.ProviderId));
            Assert.Contains($"[AiPhoneCoverage ref {key}]", created.Description, StringComparison.Ordinal);
            Simulator<ServiceChannelSimulator>().SetStatus(created.Id, "IN PROGRESS");
        }
        else
        {
            var job = await Eventually.FoundAsync(() => Simulator<VendorEndpointSimulator>().Jobs.SingleOrDefault(), "the vendor endpoint has the job");
            Assert.Equal(("acme-plumbing", (decimal?)notToExceed, key, "1A", "plumbing"), (job.VendorCode, job.NotToExceed, job.CorrelationKey, job.UnitCode, job.Category));
            Assert.True(Simulator<VendorEndpointSimulator>().Deliveries.Single().SignatureValid);
        }

        var told = await Eventually.FoundAsync(() => Simulator<TwilioSimulator>().SentMessages.SingleOrDefault(m => m.Contains("has accepted", StringComparison.Ordinal)), "the resident is told the vendor accepted");
        Assert.Equal($"{vendorName} has accepted request {payload.Reference} and will contact you to schedule the visit.", told);
        await using var db = _hub.Database.Open(PortfolioScope.System);
        Assert.Equal(VendorDispatchStatus.Accepted, (await db.VendorDispatches.SingleAsync(d => d.Subject == call.CallSid)).Status);
        var respond = await db.SlaClocks.Where(c => c.WorkOrderId == workOrder.Id && c.Target == SlaPolicy.Respond).ToListAsync();
        Assert.NotEmpty(respond);
        Assert.All(respond, c => Assert.NotNull(c.MetAt));
        var trail = (await _hub.ReportAsync(call.CallSid))!.Trail.Select(t => t.Kind).ToList();
        Assert.Contains("vendor_queued", trail);
        Assert.Contains("vendor_accepted", trail);
    }

    private async Task<OutboxRecord> WorkOrderAsync(string callSid)
    {
        await using var db = _hub.Database.Open(PortfolioScope.System);
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Subject == callSid && o.Kind == OutboxKinds.WorkOrder);
    }
}
