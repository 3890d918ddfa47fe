using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>The resources as the Stack API writes them: PascalCase attributes, UTC ISO-8601 times, <c>YYYY-MM-DD</c> dates.</summary>
internal static class AppFolioResourceJson
{
    public static object Property(AppFolioProperty p) => new { p.Id, p.Name, LastUpdatedAt = Time(p.LastUpdatedAt) };

    public static object Unit(AppFolioUnit u) =>
        new { u.Id, u.PropertyId, u.Name, u.CurrentOccupancyId, RentReady = u.CurrentOccupancyId is null, LastUpdatedAt = Time(u.LastUpdatedAt) };

    public static object Tenant(AppFolioTenant t) => new
    {
        t.Id,
        t.OccupancyId,
        t.UnitId,
        t.PropertyId,
        t.FirstName,
        t.LastName,
        t.Email,
        PhoneNumbers = t.PhoneNumbers.Select(p => new { p.Type, p.Number }),
        // pms-apis.md §3.2: some sources show one flat Phone; the simulator sends both.
        Phone = t.PhoneNumbers.Count > 0 ? t.PhoneNumbers[0].Number : null,
        t.Status,
        MoveInOn = Date(t.MoveInOn),
        MoveOutOn = t.MoveOutOn is { } moveOut ? Date(moveOut) : null,
        LastUpdatedAt = Time(t.LastUpdatedAt),
    };

    public static object Vendor(AppFolioVendor v) => new { v.Id, v.CompanyName, VendorTrades = v.Trades, v.DoNotUseForWorkOrder };

    public static Dictionary<string, object?> WorkOrder(AppFolioWorkOrder w) => new()
    {
        ["Id"] = w.Id,
        ["PropertyId"] = w.PropertyId,
        ["UnitId"] = w.UnitId,
        ["OccupancyId"] = w.OccupancyId,
        ["JobDescription"] = w.JobDescription,
        ["Instructions"] = w.Instructions,
        ["Priority"] = w.Priority,
        ["Status"] = w.Status,
        ["PermissionToEnter"] = w.PermissionToEnter,
        ["VendorId"] = w.VendorId,
        ["VendorTrade"] = w.VendorTrade,
        ["AssignedUsers"] = Array.Empty<string>(),
        ["ScheduledStart"] = Time(w.ScheduledStart),
        ["ScheduledEnd"] = Time(w.ScheduledEnd),
        ["CompletedOn"] = Time(w.CompletedOn),
        ["CanceledOn"] = Time(w.CanceledOn),
        ["CreatedAt"] = Time(w.CreatedAt),
        ["LastUpdatedAt"] = Time(w.LastUpdatedAt),
    };

    public static string? Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
