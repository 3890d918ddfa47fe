using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Vendors;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>
/// A vendor that fails gets the work order exactly once: retried on the outbox's backoff while it answers 5xx, and
/// never taken twice when an answer is lost (the generic vendor keeps the Idempotency-Key; ServiceChannel is searched
/// by the correlation key before any new create).
/// </summary>
public sealed class VendorFaultTests
{
    [Theory]
    [InlineData("maple-court", "plumbing")]
    [InlineData("sunset-vista", "hvac")]
    public async Task While_the_vendor_answers_5xx_the_dispatch_waits_and_after_recovery_it_arrives_exactly_once(string property, string trade)
    {
        await using var sim = await SimulatedVendors.StartAsync();
        PmsSimulator vendor = trade == "hvac" ? sim.ServiceChannel : sim.Vendors;
        vendor.InjectFault(PmsFault.Of(PmsFaultKind.ServerError), count: null);

        var order = await sim.QueueAsync(property, "1A", trade, "routine", "It needs a look", trade, "+12135551200");
        for (var i = 0; i < 3; i++)
        {
            await sim.DeliverWhileTimePassesAsync(); // ServiceChannel's search is a GET, which the pipeline retries itself first
            sim.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var during = (await sim.OutboxAsync(order)).Single(o => o.Kind == OutboxKinds.VendorDispatch);
        Assert.Equal((OutboxStatus.Pending, 3), (during.Status, during.Attempts));
        Assert.StartsWith("vendor_unavailable", during.LastError, StringComparison.Ordinal);
        Assert.Equal(VendorDispatchStatus.Queued, (await sim.DispatchesAsync(order)).Single().Status);
        Assert.Equal(0, sim.Vendors.Jobs.Count + sim.ServiceChannel.WorkOrders.Count);

        vendor.ClearFaults();
        await sim.DeliverWhileTimePassesAsync();

        var after = (await sim.OutboxAsync(order)).Single(o => o.Kind == OutboxKinds.VendorDispatch);
        Assert.Equal((OutboxStatus.Delivered, 4), (after.Status, after.Attempts));
        Assert.Equal(1, sim.Vendors.Jobs.Count + sim.ServiceChannel.WorkOrders.Count);
        Assert.NotEqual(VendorDispatchStatus.Queued, (await sim.DispatchesAsync(order)).Single().Status);
    }

    [Theory]
    [InlineData("maple-court", "plumbing")]
    [InlineData("sunset-vista", "hvac")]
    public async Task A_dispatch_whose_answer_was_lost_is_sent_again_and_taken_only_once(string property, string trade)
    {
        await using var sim = await SimulatedVendors.StartAsync();
        if (trade == "hvac")
        {
            sim.ServiceChannel.InjectCreateFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));
        }
        else
        {
            sim.Vendors.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));
        }

        var order = await sim.QueueAsync(property, "1A", trade, "routine", "It needs a look", trade, "+12135551200");
        await sim.DeliverAsync();
        var lost = (await sim.OutboxAsync(order)).Single(o => o.Kind == OutboxKinds.VendorDispatch);
        sim.Clock.Advance(TimeSpan.FromSeconds(2));
        await sim.DeliverAsync();

        Assert.Equal(OutboxStatus.Pending, lost.Status);
        Assert.StartsWith("connection_lost", lost.LastError, StringComparison.Ordinal);
        var delivered = (await sim.OutboxAsync(order)).Single(o => o.Kind == OutboxKinds.VendorDispatch);
        Assert.Equal((OutboxStatus.Delivered, 2), (delivered.Status, delivered.Attempts));
        Assert.Equal(1, sim.Vendors.Jobs.Count + sim.ServiceChannel.WorkOrders.Count);
        if (trade == "plumbing")
        {
            Assert.Equal([delivered.CorrelationKey, delivered.CorrelationKey], sim.Vendors.Deliveries.Select(d => d.IdempotencyKey));
            Assert.Equal(VendorDispatchStatus.Accepted, (await sim.DispatchesAsync(order)).Single().Status);
        }
        else
        {
            Assert.Equal(sim.ServiceChannel.WorkOrders.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture), delivered.ExternalId);
        }
    }
}
