using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>The customer's lists come from its AppFolio (vendor trades, values on recent work orders) or from the property's settings.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public async Task Categories_are_the_trades_of_vendors_usable_on_work_orders_and_priorities_and_statuses_those_of_recent_work_orders()
    {
        using var appFolio = new AppFolioHarness();

        var vocabulary = await appFolio.Connector.GetVocabularyAsync(appFolio.Property(), CancellationToken.None);

        Assert.True(vocabulary.IsSuccess, vocabulary.Error?.ToString());
        var customer = AppFolioCustomer.Demo;
        Assert.Equal(customer.Trades, vocabulary.Value.Categories.Select(c => c.Code));
        Assert.DoesNotContain("Roofing", vocabulary.Value.Categories.Select(c => c.Code));
        Assert.Equal(customer.Priorities.Order(), vocabulary.Value.Priorities.Select(p => p.Code).Order());
        Assert.Equal(customer.Statuses.Order(), vocabulary.Value.Statuses.Select(s => s.Code).Order());
        var workOrderQuery = Assert.Single(appFolio.ApiRequests, e => e.RequestMessage.Path == "/api/v1/work_orders").RequestMessage.RawQuery;
        Assert.StartsWith("?PropertyId=42&LastUpdatedAtFrom=", workOrderQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_in_the_property_settings_win_and_save_the_reads()
    {
        using var appFolio = new AppFolioHarness();

        var vocabulary = await appFolio.Connector.GetVocabularyAsync(
            appFolio.Property(("vendorTrades", "Plumbing, HVAC ,General Maintenance"), ("priorities", "Urgent,Normal,Low"), ("statuses", "New,Completed")),
            CancellationToken.None);

        Assert.Equal(["Plumbing", "HVAC", "General Maintenance"], vocabulary.Value!.Categories.Select(c => c.Code));
        Assert.Equal(["Urgent", "Normal", "Low"], vocabulary.Value.Priorities.Select(c => c.Code));
        Assert.Equal(["New", "Completed"], vocabulary.Value.Statuses.Select(c => c.Code));
        Assert.Empty(appFolio.ApiRequests);
    }

    [Fact]
    public async Task Another_customers_own_lists_are_read_and_used_nothing_is_hard_coded()
    {
        var customer = new AppFolioCustomer(
            ["P1 Emergency", "P2 Next Day", "P3 Routine"],
            ["Open", "In Progress", "Closed"],
            [new AppFolioVendor("1", "Acme Mechanical", ["Mechanical - Plumbing", "Mechanical - Heating"]), new AppFolioVendor("2", "Acme Services", ["General Services"])],
            "P3 Routine",
            null);
        using var appFolio = new AppFolioHarness(customer);

        var created = await appFolio.Connector.CreateWorkOrderAsync(appFolio.Property(), AppFolioHarness.Order(urgency: Urgency.Emergency), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        Assert.Equal(("Open", WorkOrderState.Open), (created.Value.Status, created.Value.State));
        var order = Assert.Single(appFolio.Simulator.WorkOrders);
        Assert.Equal(("Mechanical - Plumbing", "P1 Emergency"), (order.VendorTrade, order.Priority));
    }

    [Fact]
    public async Task The_vocabulary_is_cached_per_property_for_a_few_minutes()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var appFolio = new AppFolioHarness(connectorTime: clock);
        var property = appFolio.Property();

        await appFolio.Connector.GetVocabularyAsync(property, CancellationToken.None);
        await appFolio.Connector.GetVocabularyAsync(property, CancellationToken.None);
        var afterTwo = appFolio.ApiRequests.Count;
        clock.Advance(TimeSpan.FromMinutes(6));
        await appFolio.Connector.GetVocabularyAsync(property, CancellationToken.None);

        Assert.Equal(2, afterTwo);
        Assert.Equal(4, appFolio.ApiRequests.Count);
    }
}
