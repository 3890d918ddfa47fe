using System.Text.Json;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Vendors;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>
/// Acceptance (issue 7): a routine request goes to the preferred vendor of its property and trade with its
/// not-to-exceed amount, through the generic webhook and through ServiceChannel; when the vendor accepts, the resident
/// gets the portfolio's vendorAssigned text and the respond clock is met. Against the simulators, on a fake clock.
/// </summary>
public sealed class VendorDispatchTests
{
    private const string Maria = "+16175551000";
    private const string SunsetResident = "+12135551200";

    [Fact]
    public async Task A_routine_plumbing_request_at_maple_court_goes_to_its_preferred_generic_vendor_with_its_nte_and_is_accepted()
    {
        await using var sim = await SimulatedVendors.StartAsync();

        var order = await sim.QueueAsync("maple-court", "1A", "plumbing", "routine", "My kitchen faucet drips a little", "plumbing");
        var queued = await sim.OutboxAsync(order);
        await sim.DeliverAsync();

        Assert.Equal(new VendorChoice("acme-plumbing", "Acme Plumbing", 500m), order.Choice);
        var key = $"{order.Subject}:vendor1";
        Assert.Equal([(OutboxKinds.VendorDispatch, key), (OutboxKinds.Sms, key + ":sms")], queued.Select(o => (o.Kind, o.CorrelationKey)));
        var toVendor = SmsPayload.Read(queued[1].PayloadJson);
        Assert.Equal(("+16175550100", "+16175550130"), (toVendor.From, toVendor.To));
        Assert.Equal($"Work order {order.Reference} (routine plumbing) at Maple Court, unit 1A: My kitchen faucet drips a little. Not to exceed 500.00.", toVendor.Text);

        var delivery = Assert.Single(sim.Vendors.Deliveries);
        Assert.True(delivery.SignatureValid, delivery.Rejection);
        Assert.Equal(("acme-plumbing", key, 202), (delivery.VendorCode, delivery.IdempotencyKey, delivery.AnsweredStatus));
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal(500m, body.GetProperty("notToExceed").GetDecimal());
        Assert.Equal(key, body.GetProperty("correlationKey").GetString());
        Assert.Equal(("maple-court", "1A", "plumbing", "routine"),
            (body.GetProperty("propertyCode").GetString(), body.GetProperty("unitCode").GetString(), body.GetProperty("category").GetString(), body.GetProperty("urgency").GetString()));
        var job = Assert.Single(sim.Vendors.Jobs);
        Assert.Equal((500m, key), (job.NotToExceed, job.CorrelationKey));

        var dispatch = Assert.Single(await sim.DispatchesAsync(order));
        Assert.Equal((VendorDispatchStatus.Accepted, job.Id, "accepted", 500m), (dispatch.Status, dispatch.ExternalId, dispatch.VendorStatus, dispatch.NotToExceed));
        Assert.Equal((SimulatedVendors.Start, (DateTimeOffset?)null), (dispatch.AcceptedAt!.Value, dispatch.NextPollAt));
        await AssertResidentToldAsync(sim, order, "+16175550100", Maria, $"Acme Plumbing has accepted request {order.Reference} and will contact you to schedule the visit.");
    }

    [Fact]
    public async Task A_routine_hvac_request_at_sunset_vista_goes_to_servicechannel_with_its_nte_trade_and_location_and_is_accepted_when_the_provider_confirms()
    {
        await using var sim = await SimulatedVendors.StartAsync();

        var order = await sim.QueueAsync("sunset-vista", "1A", "hvac", "routine", "The AC makes a rattling noise", "hvac", SunsetResident);
        await sim.DeliverAsync();

        Assert.Equal(new VendorChoice("cool-air-hvac", "Cool Air HVAC", 750m), order.Choice);
        var created = Assert.Single(sim.ServiceChannel.WorkOrders);
        Assert.Equal((750m, "HVAC", 2006072L, 2000090506L, "P3 - 48 Hours", "MAINTENANCE"),
            (created.Nte, created.Trade, created.LocationId, created.ProviderId, created.Priority, created.Category));
        Assert.Contains($"[AiPhoneCoverage ref {order.Subject}:vendor1]", created.Description, StringComparison.Ordinal);
        var sent = Assert.Single(await sim.DispatchesAsync(order));
        Assert.Equal((VendorDispatchStatus.Sent, created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "OPEN"), (sent.Status, sent.ExternalId, sent.VendorStatus));
        Assert.Equal(SimulatedVendors.Start.AddSeconds(30), sent.NextPollAt);
        Assert.Null((await sim.ClocksAsync(order)).Single().MetAt);

        sim.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await sim.ReadStatusesAsync()); // not due yet
        sim.ServiceChannel.SetStatus(created.Id, "OPEN", "DISPATCH CONFIRMED");
        sim.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sim.ReadStatusesAsync());

        var accepted = Assert.Single(await sim.DispatchesAsync(order));
        Assert.Equal((VendorDispatchStatus.Accepted, "OPEN/DISPATCH CONFIRMED"), (accepted.Status, accepted.VendorStatus));
        Assert.Equal(SimulatedVendors.Start.AddSeconds(30), accepted.AcceptedAt);
        await AssertResidentToldAsync(sim, order, "+12135552100", SunsetResident, $"Cool Air HVAC has accepted request {order.Reference} and will contact you to schedule the visit.");
        Assert.Single(sim.ServiceChannel.WorkOrders);
    }

    [Fact]
    public async Task A_vendor_that_decides_later_is_asked_again_with_doubling_waits_until_it_accepts()
    {
        await using var sim = await SimulatedVendors.StartAsync();
        sim.Vendors.SetReply("acme-plumbing", VendorReply.Pending);

        var order = await sim.QueueAsync("maple-court", "2B", "plumbing", "routine", "The bathtub drains slowly", "plumbing");
        await sim.DeliverAsync();
        var waits = new List<DateTimeOffset?> { (await sim.DispatchesAsync(order)).Single().NextPollAt };
        for (var i = 0; i < 3; i++)
        {
            sim.Clock.Advance(waits[^1]!.Value - sim.Clock.GetUtcNow());
            Assert.Equal(1, await sim.ReadStatusesAsync());
            waits.Add((await sim.DispatchesAsync(order)).Single().NextPollAt);
        }

        Assert.Equal([30, 60, 120, 240], waits.Select(w => (w!.Value - SimulatedVendors.Start).TotalSeconds));
        Assert.Equal(VendorDispatchStatus.Sent, (await sim.DispatchesAsync(order)).Single().Status);
        Assert.Null((await sim.ClocksAsync(order)).Single().MetAt);

        sim.Vendors.SetJobStatus(sim.Vendors.Jobs.Single().Id, "scheduled");
        sim.Clock.Advance(TimeSpan.FromSeconds(120));
        Assert.Equal(1, await sim.ReadStatusesAsync());

        var dispatch = (await sim.DispatchesAsync(order)).Single();
        Assert.Equal((VendorDispatchStatus.Accepted, "scheduled", (DateTimeOffset?)null), (dispatch.Status, dispatch.VendorStatus, dispatch.NextPollAt));
        await AssertResidentToldAsync(sim, order, "+16175550100", Maria, $"Acme Plumbing has accepted request {order.Reference} and will contact you to schedule the visit.");
        Assert.Equal(0, await sim.ReadStatusesAsync());
        Assert.Single(sim.Vendors.Jobs);
    }

    [Fact]
    public async Task A_declined_dispatch_goes_to_the_next_preferred_vendor_and_when_every_one_declines_the_trail_says_nobody_took_it()
    {
        await using var sim = await SimulatedVendors.StartAsync();
        sim.Vendors.SetReply("acme-plumbing", VendorReply.Decline);
        sim.Vendors.SetReply("fixit-handyman", VendorReply.Pending);

        var order = await sim.QueueAsync("maple-court", "3C", "plumbing", "routine", "Toilet runs all night", "plumbing");
        await sim.DeliverAsync(); // acme declines: fixit-handyman (rank 2, NTE 250) is queued
        await sim.DeliverAsync();

        var dispatches = (await sim.DispatchesAsync(order)).OrderByDescending(d => d.NotToExceed).ToList(); // queued in the same instant
        Assert.Equal([(VendorDispatchStatus.Declined, 500m), (VendorDispatchStatus.Sent, 250m)], dispatches.Select(d => (d.Status, d.NotToExceed!.Value)));
        var second = sim.Vendors.Jobs.Single(j => j.VendorCode == "fixit-handyman");
        Assert.Equal(($"{order.Subject}:vendor2", 250m), (second.CorrelationKey, second.NotToExceed));

        sim.Vendors.SetJobStatus(second.Id, "declined");
        sim.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await sim.ReadStatusesAsync());

        // fixit-handyman is also the portfolio's general vendor: already asked, so nobody is left.
        Assert.Equal([VendorDispatchStatus.Declined, VendorDispatchStatus.Declined], (await sim.DispatchesAsync(order)).Select(d => d.Status));
        var trail = await sim.TrailAsync(order);
        Assert.Equal(["vendor_declined", "vendor_declined", "vendor_queued", "vendor_queued", "vendor_unassigned"],
            trail.Where(a => a.Kind.StartsWith("vendor_", StringComparison.Ordinal) && !a.Kind.StartsWith(OutboxKinds.VendorDispatch, StringComparison.Ordinal))
                .Select(a => a.Kind).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await sim.OutboxAsync(order), o => o.CorrelationKey.Contains(":assigned:", StringComparison.Ordinal));
        Assert.Null((await sim.ClocksAsync(order)).Single().MetAt);
    }

    [Fact]
    public async Task Without_a_preference_for_the_property_and_trade_the_portfolio_wide_general_vendor_is_asked()
    {
        await using var sim = await SimulatedVendors.StartAsync();

        var order = await sim.QueueAsync("river-bend", "102", "electrical", "urgent", "Two outlets in the kitchen are dead", "electrical", "+15125551101");

        Assert.Equal(new VendorChoice("fixit-handyman", "Fixit Handyman", 300m), order.Choice);
        var queued = Assert.Single(await sim.OutboxAsync(order)); // fixit-handyman has no SMS number
        Assert.Equal(OutboxKinds.VendorDispatch, queued.Kind);
        var audit = (await sim.TrailAsync(order)).Single(a => a.Kind == "vendor_queued");
        var detail = JsonDocument.Parse(audit.Detail).RootElement;
        Assert.Equal(("electrical", "general", true), (detail.GetProperty("trade").GetString(),
            detail.GetProperty("preference").GetProperty("trade").GetString(), detail.GetProperty("preference").GetProperty("portfolio_wide").GetBoolean()));
    }

    [Fact]
    public async Task A_vendor_whose_dispatcher_refuses_the_work_order_for_good_is_skipped_for_the_next_one()
    {
        // Cool Air has no ServiceChannel location for River Bend: the plugin refuses before sending anything.
        await using var sim = await SimulatedVendors.StartAsync(document =>
            document["preferredVendors"]!.AsArray().Insert(0, new System.Text.Json.Nodes.JsonObject
            {
                ["property"] = "river-bend", ["trade"] = "hvac", ["vendor"] = "cool-air-hvac", ["notToExceed"] = 600,
            }));

        var order = await sim.QueueAsync("river-bend", "102", "hvac", "routine", "The heat is weak in the bedroom", "hvac", "+15125551101");
        await sim.DeliverAsync();

        Assert.Equal("cool-air-hvac", order.Choice!.VendorCode);
        Assert.Empty(sim.ServiceChannel.WorkOrders);
        var dispatches = (await sim.DispatchesAsync(order)).OrderByDescending(d => d.NotToExceed).ToList(); // queued in the same instant
        Assert.Equal([VendorDispatchStatus.Failed, VendorDispatchStatus.Queued], dispatches.Select(d => d.Status));
        var refused = (await sim.OutboxAsync(order)).Single(o => o.Id == dispatches[0].Id);
        Assert.Equal(OutboxStatus.Failed, refused.Status);
        Assert.StartsWith("bad_settings", refused.LastError, StringComparison.Ordinal);
        Assert.Contains(await sim.TrailAsync(order), a => a.Kind == "vendor_failed" && a.Detail.Contains("bad_settings", StringComparison.Ordinal));

        await sim.DeliverAsync();
        Assert.Equal(300m, Assert.Single(sim.Vendors.Jobs).NotToExceed);
    }

    [Fact]
    public async Task A_caller_who_was_not_identified_has_no_unit_so_the_work_order_stays_with_the_office()
    {
        await using var sim = await SimulatedVendors.StartAsync();

        var order = await sim.QueueAsync("maple-court", null, "plumbing", "routine", "Kitchen sink is slow", "plumbing");

        Assert.Null(order.Choice);
        Assert.Empty(await sim.OutboxAsync(order));
        Assert.Contains(await sim.TrailAsync(order), a => a.Kind == "vendor_skipped");
    }

    private static async Task AssertResidentToldAsync(SimulatedVendors sim, QueuedOrder order, string from, string to, string text)
    {
        var told = (await sim.OutboxAsync(order)).Single(o => o.CorrelationKey.Contains(":assigned:", StringComparison.Ordinal));
        Assert.Equal(new SmsPayload(from, to, text), SmsPayload.Read(told.PayloadJson));
        var clocks = await sim.ClocksAsync(order);
        Assert.NotEmpty(clocks);
        Assert.All(clocks.Where(c => c.Target == SlaPolicy.Respond), c => Assert.NotNull(c.MetAt));
        var trail = await sim.TrailAsync(order);
        Assert.Contains(trail, a => a.Kind == "vendor_accepted");
        Assert.Contains(trail, a => a.Kind == "sla_met");
        Assert.All(trail.Where(a => a.Kind.StartsWith("vendor_", StringComparison.Ordinal)), a =>
        {
            Assert.DoesNotContain(to, a.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("+1617555", a.Detail, StringComparison.Ordinal);
        });
    }
}
