namespace AiPhoneCoverage.Simulators;

/// <summary>A work order of the simulated AppFolio database, with the attributes of pms-apis.md §3.2 and §5.3.</summary>
public sealed record AppFolioWorkOrder(
    string Id,
    string PropertyId,
    string? UnitId,
    string? OccupancyId,
    string JobDescription,
    string? Instructions,
    string Priority,
    string Status,
    bool? PermissionToEnter,
    string? VendorId,
    string? VendorTrade,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    DateTimeOffset? ScheduledStart = null,
    DateTimeOffset? ScheduledEnd = null,
    DateTimeOffset? CompletedOn = null,
    DateTimeOffset? CanceledOn = null);
