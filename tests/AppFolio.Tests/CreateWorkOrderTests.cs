using System.Text;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary><c>POST /api/v1/work_orders</c>: one work order with the mapped trade and priority, the unit and occupancy ids, the key in its description.</summary>
public sealed class CreateWorkOrderTests : IDisposable
{
    private readonly AppFolioHarness _appFolio = new();

    [Fact]
    public async Task Create_records_exactly_one_work_order_with_the_mapped_trade_priority_unit_and_occupancy()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(), AppFolioHarness.Order(), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var order = Assert.Single(_appFolio.Simulator.WorkOrders);
        var unit = _appFolio.Simulator.Units.Single(u => u.Name == "4B");
        var tenant = _appFolio.Simulator.Tenants.Single(t => t.Id == "5039");
        Assert.Equal((order.Id, "New", WorkOrderState.Open), (created.Value.ExternalId, created.Value.Status, created.Value.State));
        Assert.Equal(("42", unit.Id, tenant.OccupancyId), (order.PropertyId, order.UnitId, order.OccupancyId));
        Assert.Equal(("Plumbing", "Urgent", true), (order.VendorTrade, order.Priority, order.PermissionToEnter));
        Assert.EndsWith("\n\n[AiPhoneCoverage ref CA0001:wo1]", order.JobDescription, StringComparison.Ordinal);
        Assert.StartsWith("Water leaking through the kitchen ceiling\n\nCaller says water", order.JobDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wire_request_is_a_json_post_with_basic_auth_and_the_documented_attributes()
    {
        await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(), AppFolioHarness.Order(permission: PermissionToEnter.CallFirst), CancellationToken.None);

        var post = _appFolio.OnlyPost.RequestMessage;
        var unit = _appFolio.Simulator.Units.Single(u => u.Name == "4B");
        Assert.Equal("/api/v1/work_orders", post.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("demo-client:demo-secret")), post.Headers!["Authorization"].Single());
        Assert.StartsWith("application/json", post.Headers["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.Equal("application/json", post.Headers["Accept"].Single());
        var body = AppFolioHarness.Json(post.Body);
        Assert.Equal(
            ["PropertyId", "UnitId", "OccupancyId", "JobDescription", "Instructions", "Priority", "PermissionToEnter", "VendorTrade"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("42", unit.Id, unit.CurrentOccupancyId), (body.GetProperty("PropertyId").GetString(), body.GetProperty("UnitId").GetString(), body.GetProperty("OccupancyId").GetString()));
        Assert.Equal(("Urgent", "Plumbing", false), (body.GetProperty("Priority").GetString(), body.GetProperty("VendorTrade").GetString(), body.GetProperty("PermissionToEnter").GetBoolean()));
        Assert.Equal(
            "Call back: +12135551245\nCall the resident before entering.\nAccess: Dog in the bedroom\nReported by phone at 2026-11-25 22:15 -08:00 (AiPhoneCoverage).",
            body.GetProperty("Instructions").GetString());
        Assert.All(_appFolio.ApiRequests, e => Assert.Equal("Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ=", e.RequestMessage.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task An_unknown_resident_and_unknown_permission_send_neither_occupancy_nor_permission()
    {
        await _appFolio.Connector.CreateWorkOrderAsync(
            _appFolio.Property(), AppFolioHarness.Order(resident: null, permission: PermissionToEnter.Unknown), CancellationToken.None);

        var body = AppFolioHarness.Json(_appFolio.OnlyPost.RequestMessage.Body);
        Assert.False(body.TryGetProperty("OccupancyId", out _));
        Assert.False(body.TryGetProperty("PermissionToEnter", out _));
        Assert.Null(Assert.Single(_appFolio.Simulator.WorkOrders).OccupancyId);
    }

    [Theory]
    [InlineData(Category.Hvac, Urgency.Urgent, "HVAC", "Urgent")]
    [InlineData(Category.Appliance, Urgency.Routine, "Appliance Repair", "Normal")]
    [InlineData(Category.LocksAccess, Urgency.None, "Locksmith", "Low")]
    [InlineData(Category.LifeSafety, Urgency.Emergency, "Fire Protection", "Urgent")]
    [InlineData(Category.Elevator, Urgency.Routine, "General Maintenance", "Normal")]
    public async Task Categories_and_urgencies_map_to_the_customers_trades_and_priorities(Category category, Urgency urgency, string trade, string priority)
    {
        await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(), AppFolioHarness.Order(category: category, urgency: urgency), CancellationToken.None);

        var order = Assert.Single(_appFolio.Simulator.WorkOrders);
        Assert.Equal((trade, priority), (order.VendorTrade, order.Priority));
    }

    [Fact]
    public async Task Operator_overrides_in_the_settings_win()
    {
        var property = _appFolio.Property(("categoryMap:plumbing", "General Maintenance"), ("priorityMap:emergency", "Normal"));

        await _appFolio.Connector.CreateWorkOrderAsync(property, AppFolioHarness.Order(), CancellationToken.None);

        var order = Assert.Single(_appFolio.Simulator.WorkOrders);
        Assert.Equal(("General Maintenance", "Normal"), (order.VendorTrade, order.Priority));
    }

    [Fact]
    public async Task The_unit_code_is_matched_without_regard_to_case_or_spaces()
    {
        var created = await _appFolio.Connector.CreateWorkOrderAsync(_appFolio.Property(), AppFolioHarness.Order(unit: " 4b "), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
    }

    public void Dispose() => _appFolio.Dispose();
}
