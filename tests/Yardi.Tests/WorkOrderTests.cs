using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>Creating, finding and reading service requests in the simulated Voyager.</summary>
public sealed class WorkOrderTests : IDisposable
{
    private readonly YardiHarness _yardi = new();
    private readonly Plugins.Yardi.YardiConnector _connector;

    public WorkOrderTests() => _connector = _yardi.Connector();

    [Fact]
    public async Task A_work_order_is_one_service_request_with_the_mapped_category_and_priority_and_the_residents_codes()
    {
        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.True(receipt.IsSuccess, receipt.Error?.ToString());
        var order = Assert.Single(_yardi.Simulator.WorkOrders);
        Assert.Equal((order.ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Call", WorkOrderState.Open), (receipt.Value.ExternalId, receipt.Value.Status, receipt.Value.State));
        Assert.True(order.ServiceRequestId > 32767);
        Assert.Equal(("maple01", "4B", "t0010054"), (order.PropertyCode, order.UnitCode, order.TenantCode));
        Assert.Equal(("Plumbing", "Emergency", (string?)null), (order.Category, order.Priority, order.SubCategory));
        Assert.Equal("Kitchen sink leaking", order.BriefDescription);
        Assert.Equal("AiPhoneCoverage ref: wo-7f3a9c\nCaller reports water pouring from under the kitchen sink onto the floor.", order.FullDescription);
        Assert.Equal((true, "Dog in unit", "6175551013"), (order.HasPermissionToEnter, order.AccessNotes, order.RequestorPhoneNumber));
        Assert.Equal(new DateOnly(2026, 11, 25), order.ServiceRequestDate);
    }

    [Theory]
    [InlineData(Category.Hvac, Urgency.Urgent, "HVAC", "High")]
    [InlineData(Category.Appliance, Urgency.Routine, "Appliances", "Med")]
    [InlineData(Category.LocksAccess, Urgency.None, "Other", "Low")]
    public async Task Canonical_categories_and_urgencies_map_to_the_customers_lists(Category category, Urgency urgency, string yardiCategory, string yardiPriority)
    {
        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(category: category, urgency: urgency), CancellationToken.None);

        Assert.True(receipt.IsSuccess, receipt.Error?.ToString());
        Assert.Equal((yardiCategory, yardiPriority), _yardi.Simulator.WorkOrders.Select(o => (o.Category, o.Priority)).Single());
    }

    [Fact]
    public async Task Category_and_priority_overrides_in_the_settings_win()
    {
        var target = _yardi.Target(new Dictionary<string, string> { ["categoryMap:plumbing"] = "other", ["priorityMap:emergency"] = "High" });

        await _connector.CreateWorkOrderAsync(target, YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.Equal(("Other", "High"), _yardi.Simulator.WorkOrders.Select(o => (o.Category, o.Priority)).Single());
    }

    [Fact]
    public async Task A_category_the_customers_list_cannot_take_is_permanent_and_nothing_is_sent()
    {
        _yardi.Simulator.CustomValues = YardiCustomValues.Default with { Categories = [new YardiCategory("Landscaping", [])] };

        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.Equal(("unknown_category", ErrorKind.Permanent), (receipt.Error!.Code, receipt.Error.Kind));
        Assert.Empty(_yardi.Requests("CreateOrEditServiceRequests"));
    }

    [Fact]
    public async Task A_category_yardi_no_longer_knows_is_a_permanent_unknown_category()
    {
        await _connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        _yardi.Simulator.CustomValues = YardiCustomValues.Default with { Categories = [new YardiCategory("Other", [])] };

        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.Equal(("unknown_category", ErrorKind.Permanent), (receipt.Error!.Code, receipt.Error.Kind));
        Assert.Contains("Plumbing", receipt.Error.Message, StringComparison.Ordinal);
        Assert.Empty(_yardi.Simulator.WorkOrders);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_permanent_unknown_unit()
    {
        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(unit: "99Z", resident: null), CancellationToken.None);

        Assert.Equal(("unknown_unit", ErrorKind.Permanent), (receipt.Error!.Code, receipt.Error.Kind));
        Assert.Contains("99Z", receipt.Error.Message, StringComparison.Ordinal);
        Assert.Empty(_yardi.Simulator.WorkOrders);
    }

    [Fact]
    public async Task An_unknown_resident_code_is_a_permanent_unknown_resident()
    {
        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(resident: "t9999999"), CancellationToken.None);

        Assert.Equal(("unknown_resident", ErrorKind.Permanent), (receipt.Error!.Code, receipt.Error.Kind));
        Assert.DoesNotContain("t9999999", receipt.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_property_is_a_permanent_unknown_property()
    {
        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(propertyId: "elm99"), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.Equal(("unknown_property", ErrorKind.Permanent), (receipt.Error!.Code, receipt.Error.Kind));
    }

    [Fact]
    public async Task A_long_summary_is_cut_for_the_brief_description_and_kept_whole_in_the_full_one()
    {
        const string Summary = "No heat in the bedroom since yesterday evening, radiator cold";

        await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(category: Category.Hvac, summary: Summary), CancellationToken.None);

        var order = Assert.Single(_yardi.Simulator.WorkOrders);
        Assert.Equal("No heat in the bedroom since yes...", order.BriefDescription);
        Assert.Equal(35, order.BriefDescription!.Length);
        Assert.Equal(["AiPhoneCoverage ref: wo-7f3a9c", Summary], order.FullDescription!.Split('\n').Take(2));
    }

    [Theory]
    [InlineData(PermissionToEnter.CallFirst, false, "Call the resident before entering. Dog in unit")]
    [InlineData(PermissionToEnter.Denied, false, "Enter only with the resident present. Dog in unit")]
    [InlineData(PermissionToEnter.Unknown, null, "Dog in unit")]
    public async Task Permission_to_enter_becomes_the_flag_and_a_note(PermissionToEnter permission, bool? flag, string notes)
    {
        await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(permission: permission), CancellationToken.None);

        Assert.Equal((flag, notes), _yardi.Simulator.WorkOrders.Select(o => (o.HasPermissionToEnter, o.AccessNotes)).Single());
    }

    [Fact]
    public async Task A_work_order_is_found_by_its_correlation_key_and_not_by_a_longer_key()
    {
        var created = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(key: "wo-1"), CancellationToken.None);
        await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(key: "wo-10"), CancellationToken.None);

        var found = await _connector.FindWorkOrderAsync(_yardi.Target(), "wo-1", CancellationToken.None);
        var missing = await _connector.FindWorkOrderAsync(_yardi.Target(), "wo-2", CancellationToken.None);

        Assert.Equal(created.Value!.ExternalId, found.Value!.ExternalId);
        Assert.True(missing.IsSuccess, missing.Error?.ToString());
        Assert.Null(missing.Value);
    }

    [Fact]
    public async Task Finding_in_an_empty_property_is_a_success_with_nothing()
    {
        var found = await _connector.FindWorkOrderAsync(_yardi.Target(), "wo-1", CancellationToken.None);

        Assert.True(found.IsSuccess, found.Error?.ToString());
        Assert.Null(found.Value);
    }

    [Fact]
    public async Task A_work_order_created_then_dropped_is_unknown_and_then_found_by_its_correlation_key()
    {
        await _connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        _yardi.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.CreatedThenDropped));

        var created = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        var found = await _connector.FindWorkOrderAsync(_yardi.Target(), "wo-7f3a9c", CancellationToken.None);

        Assert.Equal(ErrorKind.Unknown, created.Error!.Kind);
        var order = Assert.Single(_yardi.Simulator.WorkOrders);
        Assert.Equal(order.ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), found.Value!.ExternalId);
    }

    [Fact]
    public async Task A_create_answered_without_an_id_finds_the_id_by_its_correlation_key()
    {
        await _connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        _yardi.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.NoIdReturned));

        var receipt = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.True(receipt.IsSuccess, receipt.Error?.ToString());
        var order = Assert.Single(_yardi.Simulator.WorkOrders);
        Assert.Equal(order.ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), receipt.Value.ExternalId);
        Assert.Single(_yardi.Requests("GetServiceRequest_Search"));
    }

    [Fact]
    public async Task A_create_answered_without_an_id_that_the_search_cannot_confirm_is_unknown()
    {
        using var handler = new FailingAfter(2, new HttpRequestException("reset", null, System.Net.HttpStatusCode.BadGateway));
        var connector = _yardi.Connector(handler: () => handler);
        _yardi.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.NoIdReturned), count: 2);

        var receipt = await connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);

        Assert.Equal(("no_id", ErrorKind.Unknown), (receipt.Error!.Code, receipt.Error.Kind));
        Assert.Single(_yardi.Simulator.WorkOrders);
    }

    [Theory]
    [InlineData("Call", WorkOrderState.Open)]
    [InlineData("Scheduled", WorkOrderState.InProgress)]
    [InlineData("In Progress", WorkOrderState.InProgress)]
    [InlineData("On Hold", WorkOrderState.OnHold)]
    [InlineData("Work Completed", WorkOrderState.Completed)]
    [InlineData("Canceled", WorkOrderState.Canceled)]
    public async Task A_work_orders_status_is_read_and_mapped(string status, WorkOrderState state)
    {
        var created = await _connector.CreateWorkOrderAsync(_yardi.Target(), YardiHarness.WorkOrder(), CancellationToken.None);
        _yardi.Simulator.SetWorkOrderStatus(int.Parse(created.Value!.ExternalId, System.Globalization.CultureInfo.InvariantCulture), status, _yardi.Time.GetUtcNow());

        var read = await _connector.GetWorkOrderAsync(_yardi.Target(), created.Value.ExternalId, CancellationToken.None);

        Assert.Equal((created.Value.ExternalId, status, state), (read.Value!.ExternalId, read.Value.Status, read.Value.State));
    }

    [Fact]
    public async Task A_status_override_in_the_settings_wins()
    {
        var target = _yardi.Target(new Dictionary<string, string> { ["statusMap:Scheduled"] = "on_hold" });
        var created = await _connector.CreateWorkOrderAsync(target, YardiHarness.WorkOrder(), CancellationToken.None);
        _yardi.Simulator.SetWorkOrderStatus(int.Parse(created.Value!.ExternalId, System.Globalization.CultureInfo.InvariantCulture), "Scheduled", _yardi.Time.GetUtcNow());

        var read = await _connector.GetWorkOrderAsync(target, created.Value.ExternalId, CancellationToken.None);

        Assert.Equal(WorkOrderState.OnHold, read.Value!.State);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("not-a-number")]
    public async Task An_unknown_work_order_id_is_permanent_not_found(string id)
    {
        var read = await _connector.GetWorkOrderAsync(_yardi.Target(), id, CancellationToken.None);

        Assert.Equal(("not_found", ErrorKind.Permanent), (read.Error!.Code, read.Error.Kind));
    }

    public void Dispose() => _yardi.Dispose();
}
