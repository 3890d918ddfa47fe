namespace AiPhoneCoverage.Simulators;

/// <summary>A tenant of the simulated AppFolio database.</summary>
/// <param name="Id">The tenant's id (the demo roster's resident id).</param>
/// <param name="OccupancyId">The occupancy (lease) the tenant belongs to.</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="PropertyId">The property's id.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">E-mail, if any.</param>
/// <param name="PhoneNumbers">Phone numbers, the primary one first.</param>
/// <param name="Status"><c>Current</c>, <c>Notice</c>, <c>Future</c>, <c>Past</c> or <c>Evict</c>.</param>
/// <param name="MoveInOn">Move-in date.</param>
/// <param name="MoveOutOn">Move-out date, once known.</param>
/// <param name="LastUpdatedAt">When the record last changed (what <c>LastUpdatedAtFrom</c> filters on).</param>
public sealed record AppFolioTenant(
    string Id,
    string OccupancyId,
    string UnitId,
    string PropertyId,
    string FirstName,
    string LastName,
    string? Email,
    IReadOnlyList<AppFolioPhone> PhoneNumbers,
    string Status,
    DateOnly MoveInOn,
    DateOnly? MoveOutOn,
    DateTimeOffset LastUpdatedAt);
