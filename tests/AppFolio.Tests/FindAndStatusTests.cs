using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>Search by correlation key (<c>GET /work_orders</c> of the property, recent ones) and status reads (<c>GET /work_orders/{id}</c>).</summary>
public sealed class FindAndStatusTests : IDisposable
{
    private readonly AppFolioHarness _appFolio = new();

    private PmsProperty Property => _appFolio.Property();

    [Fact]
    public async Task Find_returns_the_work_order_with_exactly_that_key_and_null_when_there_is_none()
    {
        var first = await _appFolio.Connector.CreateWorkOrderAsync(Property, AppFolioHarness.Order("CA0007:wo1"), CancellationToken.None);
        var tenth = await _appFolio.Connector.CreateWorkOrderAsync(Property, AppFolioHarness.Order("CA0007:wo10"), CancellationToken.None);

        var one = await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0007:wo1", CancellationToken.None);
        var ten = await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0007:wo10", CancellationToken.None);
        var none = await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0007:wo2", CancellationToken.None);

        Assert.Equal(first.Value!.ExternalId, one.Value?.ExternalId);
        Assert.Equal(tenth.Value!.ExternalId, ten.Value?.ExternalId);
        Assert.True(none.IsSuccess, none.Error?.ToString());
        Assert.Null(none.Value);
    }

    [Fact]
    public async Task Find_asks_for_the_propertys_work_orders_changed_in_the_search_window()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        using var appFolio = new AppFolioHarness(connectorTime: clock);

        await appFolio.Connector.FindWorkOrderAsync(appFolio.Property(("correlationSearchDays", "2")), "CA0007:wo1", CancellationToken.None);

        Assert.Equal(
            "?PropertyId=42&LastUpdatedAtFrom=2026-11-23T12:00:00Z&page[number]=1&page[size]=500",
            Uri.UnescapeDataString(Assert.Single(appFolio.ApiRequests).RequestMessage.RawQuery!));
    }

    [Fact]
    public async Task A_failed_search_is_an_error_not_an_empty_answer()
    {
        _appFolio.Simulator.InjectFault(AiPhoneCoverage.Simulators.PmsFault.Of(AiPhoneCoverage.Simulators.PmsFaultKind.ServerError));

        var found = await _appFolio.Connector.FindWorkOrderAsync(Property, "CA0007:wo1", CancellationToken.None);

        Assert.Equal(("pms_unavailable", ErrorKind.Transient), (found.Error?.Code, found.Error?.Kind));
    }

    [Theory]
    [InlineData("New", WorkOrderState.Open)]
    [InlineData("Estimate Requested", WorkOrderState.InProgress)]
    [InlineData("Assigned", WorkOrderState.InProgress)]
    [InlineData("Scheduled", WorkOrderState.InProgress)]
    [InlineData("Waiting", WorkOrderState.OnHold)]
    [InlineData("Work Done", WorkOrderState.Completed)]
    [InlineData("Ready to Bill", WorkOrderState.Completed)]
    [InlineData("Completed No Need To Bill", WorkOrderState.Completed)]
    [InlineData("Canceled", WorkOrderState.Canceled)]
    public async Task The_status_is_read_back_and_mapped_to_the_canonical_life_cycle(string status, WorkOrderState state)
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(Property, AppFolioHarness.Order(), CancellationToken.None);
        _appFolio.Simulator.SetWorkOrderStatus(created.Value!.ExternalId, status);

        var read = await _appFolio.Connector.GetWorkOrderAsync(Property, created.Value.ExternalId, CancellationToken.None);

        Assert.Equal((created.Value.ExternalId, status, state), (read.Value?.ExternalId, read.Value?.Status, read.Value?.State));
        Assert.Equal($"/api/v1/work_orders/{created.Value.ExternalId}", _appFolio.ApiRequests[^1].RequestMessage.Path);
    }

    [Fact]
    public async Task An_unknown_work_order_id_is_permanent()
    {
        var read = await _appFolio.Connector.GetWorkOrderAsync(Property, "999999", CancellationToken.None);

        Assert.Equal(("unknown_work_order", ErrorKind.Permanent), (read.Error?.Code, read.Error?.Kind));
    }

    [Fact]
    public async Task A_work_order_of_another_property_is_not_reported_as_this_ones()
    {
        var history = _appFolio.Simulator.AllWorkOrders[0];

        var read = await _appFolio.Connector.GetWorkOrderAsync(_appFolio.PropertyWith("43"), history.Id, CancellationToken.None);

        Assert.Equal(("unknown_work_order", ErrorKind.Permanent), (read.Error?.Code, read.Error?.Kind));
    }

    public void Dispose() => _appFolio.Dispose();
}
