using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// <c>POST /api/v1/work_orders</c> and <c>PUT /api/v1/work_orders/{id}</c>: validation as pms-apis.md §5.3 (422 with
/// the attribute for an unknown property, unit, occupancy, vendor, or a value outside the customer's lists; 400 for a
/// body that is not a JSON object), then the change.
/// </summary>
internal sealed class AppFolioWorkOrderWrites(AppFolioDatabase database)
{
    private AppFolioCustomer Customer => database.Customer;

    /// <summary>Creates the work order; the answer, and the order when one was created.</summary>
    public (ResponseMessage Answer, AppFolioWorkOrder? Created) Create(IRequestMessage message)
    {
        if (AppFolioWorkOrderBody.Parse(message.Body) is not { } body)
        {
            return (AppFolioAnswer.Error(400, "The request body must be a JSON object"), null);
        }

        var propertyId = body.Text("PropertyId");
        var jobDescription = body.Text("JobDescription");
        body.Require("PropertyId", propertyId);
        body.Require("JobDescription", jobDescription);
        if (propertyId is not null && !database.Properties.Any(p => p.Id == propertyId))
        {
            body.NotFound("PropertyId", "Property");
        }

        var (unitId, occupancyId) = UnitAndOccupancy(body, propertyId);
        var fields = Common(body);
        var status = body.OneOf("Status", Customer.Statuses) ?? Customer.InitialStatus;
        if (body.Errors.Count > 0)
        {
            return (AppFolioAnswer.Errors(422, body.Errors), null);
        }

        var created = database.Create((id, now) => new AppFolioWorkOrder(
            id, propertyId!, unitId, occupancyId, jobDescription!, fields.Instructions, fields.Priority ?? Customer.DefaultPriority, status,
            fields.PermissionToEnter, fields.VendorId, fields.VendorTrade, now, now, fields.ScheduledStart, fields.ScheduledEnd));
        return (AppFolioAnswer.Json(201, AppFolioResourceJson.WorkOrder(created)), created);
    }

    public ResponseMessage Update(string id, IRequestMessage message)
    {
        if (database.FindWorkOrder(id) is null)
        {
            return AppFolioAnswer.NotFound();
        }

        if (AppFolioWorkOrderBody.Parse(message.Body) is not { } body)
        {
            return AppFolioAnswer.Error(400, "The request body must be a JSON object");
        }

        var fields = Common(body);
        var jobDescription = body.Text("JobDescription");
        var status = body.OneOf("Status", Customer.Statuses);
        if (body.Errors.Count > 0)
        {
            return AppFolioAnswer.Errors(422, body.Errors);
        }

        var updated = database.Update(id, (order, now) => order with
        {
            JobDescription = jobDescription ?? order.JobDescription,
            Instructions = fields.Instructions ?? order.Instructions,
            Priority = fields.Priority ?? order.Priority,
            Status = status ?? order.Status,
            PermissionToEnter = fields.PermissionToEnter ?? order.PermissionToEnter,
            VendorId = fields.VendorId ?? order.VendorId,
            VendorTrade = fields.VendorTrade ?? order.VendorTrade,
            ScheduledStart = fields.ScheduledStart ?? order.ScheduledStart,
            ScheduledEnd = fields.ScheduledEnd ?? order.ScheduledEnd,
            CompletedOn = status is not null && status.StartsWith("Completed", StringComparison.OrdinalIgnoreCase) ? now : order.CompletedOn,
            CanceledOn = status is not null && status.StartsWith("Cancel", StringComparison.OrdinalIgnoreCase) ? now : order.CanceledOn,
        });
        return updated is null ? AppFolioAnswer.NotFound() : AppFolioAnswer.Json(200, AppFolioResourceJson.WorkOrder(updated));
    }

    private (string? UnitId, string? OccupancyId) UnitAndOccupancy(AppFolioWorkOrderBody body, string? propertyId)
    {
        var unitId = body.Text("UnitId");
        var occupancyId = body.Text("OccupancyId");
        var unit = unitId is null ? null : database.Units.FirstOrDefault(u => u.Id == unitId && u.PropertyId == propertyId);
        if (unitId is not null && unit is null)
        {
            body.NotFound("UnitId", "Unit");
        }

        if (occupancyId is not null && !database.Tenants.Any(t => t.OccupancyId == occupancyId && t.PropertyId == propertyId && (unitId is null || t.UnitId == unitId)))
        {
            body.NotFound("OccupancyId", "Occupancy");
        }

        return (unitId, occupancyId);
    }

    private CommonFields Common(AppFolioWorkOrderBody body)
    {
        var vendorId = body.Text("VendorId");
        if (vendorId is not null && !Customer.Vendors.Any(v => v.Id == vendorId))
        {
            body.NotFound("VendorId", "Vendor");
        }

        return new CommonFields(
            body.Text("Instructions"),
            body.OneOf("Priority", Customer.Priorities),
            body.Flag("PermissionToEnter"),
            vendorId,
            body.OneOf("VendorTrade", Customer.Trades),
            body.Time("ScheduledStart"),
            body.Time("ScheduledEnd"));
    }

    private sealed record CommonFields(
        string? Instructions, string? Priority, bool? PermissionToEnter, string? VendorId, string? VendorTrade, DateTimeOffset? ScheduledStart, DateTimeOffset? ScheduledEnd);
}
