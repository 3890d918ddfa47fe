using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>
/// Issue 7's acceptance, on the plugins' side: a routine request goes to the preferred vendor of its trade with its
/// not-to-exceed amount, through the generic webhook and through ServiceChannel, each seen in its simulator's ledger.
/// </summary>
public sealed class PreferredVendorTests : IDisposable
{
    private readonly VendorEndpointSimulator _vendors = new(0);
    private readonly ServiceChannelSimulator _serviceChannel = new(0);
    private readonly VendorHarness _harness = new();

    [Fact]
    public async Task A_routine_plumbing_request_reaches_the_preferred_plumber_by_webhook_with_its_not_to_exceed_amount()
    {
        var settings = VendorHarness.Settings(("webhookUrl", _vendors.WebhookUrl("acme-plumbing")), ("signingSecret", "demo-acme-plumbing-secret"));

        var receipt = await _harness.Generic.DispatchAsync(
            new DispatchRequest(VendorHarness.Order("CA0101:wo1"), "acme-plumbing", 275.50m, settings), CancellationToken.None);

        Assert.True(receipt.Value?.Accepted, receipt.Error?.ToString());
        var job = Assert.Single(_vendors.Jobs);
        Assert.Equal(("acme-plumbing", "CA0101:wo1", "plumbing", "routine", 275.50m), (job.VendorCode, job.CorrelationKey, job.Category, job.Urgency, job.NotToExceed));
    }

    [Fact]
    public async Task A_routine_plumbing_request_reaches_the_preferred_plumber_in_ServiceChannel_with_its_not_to_exceed_amount()
    {
        var settings = VendorHarness.Settings(
            ("baseUrl", _serviceChannel.Url), ("authUrl", _serviceChannel.Url),
            ("clientId", ServiceChannelSimulator.DemoClientId), ("clientSecret", ServiceChannelSimulator.DemoClientSecret),
            ("providerId", "2000090505"), ("locationId:sunset-vista", "2006072"), ("trade", "PLUMBING"), ("priorityMap:routine", "P3 - 48 Hours"));

        var receipt = await _harness.ServiceChannel.DispatchAsync(
            new DispatchRequest(VendorHarness.Order("CA0101:wo1"), "rapid-rooter", 275.50m, settings), CancellationToken.None);

        Assert.True(receipt.IsSuccess, receipt.Error?.ToString());
        var order = Assert.Single(_serviceChannel.WorkOrders);
        Assert.Equal((2000090505L, "PLUMBING", "P3 - 48 Hours", 275.50m), (order.ProviderId, order.Trade, order.Priority, order.Nte));
        Assert.EndsWith("[AiPhoneCoverage ref CA0101:wo1]", order.Description, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _vendors.Dispose();
        _serviceChannel.Dispose();
    }
}
