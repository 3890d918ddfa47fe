using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>AddServiceRequest without an id, then the search by correlation key; mapping, overrides and refusals.</summary>
public sealed class CreateWorkOrderTests : IDisposable
{
    private readonly RpxWorld _world = new();

    [Fact]
    public async Task Create_files_exactly_one_service_request_with_the_mapped_problem_priority_unit_and_resident()
    {
        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var request = Assert.Single(_world.Simulator.WorkOrders);
        Assert.Equal(request.ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), created.Value.ExternalId);
        Assert.Equal(("Open", WorkOrderState.Open), (created.Value.Status, created.Value.State));
        Assert.Equal(("301", "Plumbing - Leak"), (request.Problem.Id, request.Problem.Description));
        Assert.Equal(("1", "Emergency"), (request.Priority!.Id, request.Priority.Description));
        Assert.Equal(("101", "880100"), (request.UnitNumber, request.ResidentMemberId));
        Assert.Equal("Entire Unit", request.Location.Description);
        Assert.Equal("2026-11-25", request.DueDate);
        Assert.Equal("Enter any time", request.PermissionToEnter);
        Assert.Equal("Dog in the bedroom", request.AccessNotes);
        Assert.StartsWith("[aipc:call:CA0001:wo1] Kitchen sink leaking\n", request.ServiceDetails, StringComparison.Ordinal);
        Assert.Equal("+15125551100", request.ContactPhone);
        Assert.Equal(["getproblems", "getservicerequestpriorities", "getlocations", "unitlist", "AddServiceRequest", "getservicerequests"], _world.Operations);
    }

    [Theory]
    [InlineData(Category.Hvac, Urgency.Urgent, "303", "2")]
    [InlineData(Category.LocksAccess, Urgency.Routine, "306", "3")]
    [InlineData(Category.Elevator, Urgency.None, "310", "4")]
    public async Task Categories_and_urgencies_map_to_the_customers_lists(Category category, Urgency urgency, string problem, string priority)
    {
        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(category: category, urgency: urgency), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var request = _world.Simulator.WorkOrders.Single();
        Assert.Equal((problem, priority), (request.Problem.Id, request.Priority!.Id));
    }

    [Fact]
    public async Task Operator_overrides_choose_the_problem_priority_and_location()
    {
        _world.Settings["categoryMap:plumbing"] = "302";
        _world.Settings["priorityMap:emergency"] = "2";
        _world.Settings["defaultLocation"] = "Kitchen";

        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var request = _world.Simulator.WorkOrders.Single();
        Assert.Equal(("302", "2", "11"), (request.Problem.Id, request.Priority!.Id, request.Location.Id));
    }

    [Theory]
    [InlineData("categoryMap:plumbing", "999", "unknown_category")]
    [InlineData("priorityMap:emergency", "999", "unknown_priority")]
    [InlineData("defaultLocation", "Garage", "unknown_location")]
    public async Task An_override_the_lists_lack_is_permanent_and_nothing_is_sent(string key, string value, string code)
    {
        _world.Settings[key] = value;

        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.Equal((code, ErrorKind.Permanent), (created.Error!.Code, created.Error.Kind));
        Assert.DoesNotContain("AddServiceRequest", _world.Operations);
        Assert.Empty(_world.Simulator.WorkOrders);
    }

    [Fact]
    public async Task A_unit_the_site_does_not_have_is_permanent_unknown_unit_and_nothing_is_sent()
    {
        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(unit: "999"), CancellationToken.None);

        Assert.Equal(("unknown_unit", ErrorKind.Permanent), (created.Error!.Code, created.Error.Kind));
        Assert.Empty(_world.Simulator.WorkOrders);
        Assert.DoesNotContain("AddServiceRequest", _world.Operations);
    }

    [Fact]
    public async Task A_unit_added_since_the_units_were_cached_is_found_by_refreshing_once()
    {
        await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);
        _world.Simulator.AddResident(RpxWorld.SiteId, new SeedResident("880998", "Ada", "Mensah", "801", "512-555-1801", null, null));

        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(unit: "801", resident: "880998"), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        Assert.Equal("801", _world.Simulator.WorkOrders.Single().UnitNumber);
    }

    [Theory]
    [InlineData(RpxValidationErrorShape.Fault)]
    [InlineData(RpxValidationErrorShape.InBody)]
    public async Task A_resident_the_gateway_refuses_is_permanent_in_either_error_shape(RpxValidationErrorShape shape)
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { ValidationErrors = shape });

        var created = await world.Connector.CreateWorkOrderAsync(world.Property, RpxWorld.Order(resident: "880107"), CancellationToken.None);

        Assert.Equal(("unknown_resident", ErrorKind.Permanent), (created.Error!.Code, created.Error.Kind));
        Assert.Contains("Resident member ID '880107'", created.Error.Message, StringComparison.Ordinal);
        Assert.Empty(world.Simulator.WorkOrders);
    }

    [Fact]
    public async Task When_the_gateway_answers_the_id_it_is_the_receipts_id()
    {
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { ReturnServiceRequestId = true });

        var created = await world.Connector.CreateWorkOrderAsync(world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.Equal(world.Simulator.WorkOrders.Single().ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), created.Value!.ExternalId);
    }

    [Fact]
    public async Task Find_answers_the_request_with_the_key_and_nothing_for_another_key()
    {
        await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(key: "call:CA0001:wo1"), CancellationToken.None);
        await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(key: "call:CA0001:wo10"), CancellationToken.None);

        var found = await _world.Connector.FindWorkOrderAsync(_world.Property, "call:CA0001:wo1", CancellationToken.None);
        var none = await _world.Connector.FindWorkOrderAsync(_world.Property, "call:CA0001:wo2", CancellationToken.None);

        Assert.Equal(_world.Simulator.WorkOrders[0].ServiceRequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), found.Value!.ExternalId);
        Assert.True(none.IsSuccess);
        Assert.Null(none.Value);
    }

    [Theory]
    [InlineData("In Progress", WorkOrderState.InProgress)]
    [InlineData("On Hold", WorkOrderState.OnHold)]
    [InlineData("Complete", WorkOrderState.Completed)]
    [InlineData("Canceled", WorkOrderState.Canceled)]
    public async Task GetWorkOrder_reads_the_current_status(string status, WorkOrderState state)
    {
        var created = await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);
        Assert.True(_world.Simulator.SetStatus(int.Parse(created.Value!.ExternalId, System.Globalization.CultureInfo.InvariantCulture), status));

        var read = await _world.Connector.GetWorkOrderAsync(_world.Property, created.Value.ExternalId, CancellationToken.None);

        Assert.Equal(new WorkOrderReceipt(created.Value.ExternalId, status, state), read.Value);
    }

    [Fact]
    public async Task GetWorkOrder_of_an_id_the_site_does_not_have_is_permanent()
    {
        var read = await _world.Connector.GetWorkOrderAsync(_world.Property, "12345", CancellationToken.None);

        Assert.Equal(("unknown_work_order", ErrorKind.Permanent), (read.Error!.Code, read.Error.Kind));
    }

    public void Dispose() => _world.Dispose();
}
