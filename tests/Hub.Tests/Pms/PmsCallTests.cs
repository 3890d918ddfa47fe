using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>
/// A call in the demo, against each PMS simulator: exactly one work order lands in that PMS, in the customer's own
/// category and priority, with the resident's and the unit's codes; while the PMS fails, the call still completes and
/// the work order waits, then lands once.
/// </summary>
public sealed class PmsCallTests : IAsyncLifetime
{
    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync(new Dictionary<string, string?> { ["Hub:OutboxBackoffBase"] = "00:00:00.200" });

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    private PmsSimulator Simulator(string plugin) =>
        _hub.Hub.App.Services.GetServices<IHostedService>().OfType<SimulatorService>().Single().Host!.Simulators.Single(s => s.Name == plugin);

    [Theory]
    [InlineData("yardi")]
    [InlineData("realpage")]
    [InlineData("appfolio")]
    public async Task A_call_files_exactly_one_work_order_in_the_propertys_pms_in_the_customers_own_lists(string plugin)
    {
        var pms = DemoPms.Named(plugin);

        var call = await _hub.Caller.PlaceCallAsync(_hub.Request("there's water under my sink", "yes it's still pouring out") with { From = pms.ResidentNumber, To = pms.Number });
        var report = await SettledAsync(call.CallSid);

        var order = Assert.Single(report.WorkOrders);
        Assert.True(order.Status == OutboxStatus.Delivered, $"{order.Status}: {order.Error}");
        Assert.Equal((pms.Property, pms.Unit, pms.Resident, "plumbing", "emergency"), (order.Property, order.Unit, order.Resident, order.Category, order.Urgency));
        var filed = Assert.Single(DemoPms.Ledger(Simulator(plugin)));
        Assert.Equal(pms.Unit, filed.Unit);
        Assert.Contains("lumb", filed.Category, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("(?i)emergency|urgent", filed.Priority!);
        Assert.Contains(call.CallSid, filed.Text, StringComparison.Ordinal);
        if (plugin != "appfolio")
        {
            Assert.Equal(pms.Resident, filed.Resident); // AppFolio files by occupancy, not by tenant
        }
    }

    [Theory]
    [InlineData("yardi")]
    [InlineData("appfolio")]
    public async Task While_the_pms_fails_the_call_completes_and_the_work_order_lands_once_after_recovery(string plugin)
    {
        var pms = DemoPms.Named(plugin);
        var simulator = Simulator(plugin);
        simulator.InjectFault(PmsFault.Of(PmsFaultKind.ServerError), count: null);

        var call = await _hub.Caller.PlaceCallAsync(_hub.Request("my toilet is clogged", "no, there's another bathroom") with { From = pms.ResidentNumber, To = pms.Number });
        Assert.Equal(CallEndReason.Hangup, call.Ending.Reason);
        var during = (await _hub.ReportAsync(call.CallSid))!.WorkOrders.Single();
        // An attempt is counted when its row is leased, before the request; its error once it is settled.
        await Eventually.UntilAsync(async () => (during = (await _hub.ReportAsync(call.CallSid))!.WorkOrders.Single()).Error is not null, "the outbox tries the work order");

        Assert.Equal(OutboxStatus.Pending, during.Status);
        Assert.NotNull(during.Error);
        Assert.Empty(DemoPms.Ledger(simulator));

        simulator.ClearFaults();
        var after = (await SettledAsync(call.CallSid)).WorkOrders.Single();
        Assert.Equal(OutboxStatus.Delivered, after.Status);
        Assert.Single(DemoPms.Ledger(simulator));
    }

    private async Task<Hub.Calls.CallReport> SettledAsync(string callSid)
    {
        Hub.Calls.CallReport? report = null;
        await Eventually.UntilAsync(async () => (report = await _hub.ReportAsync(callSid)) is { Settled: true }, $"call {callSid} settles");
        return report!;
    }
}
