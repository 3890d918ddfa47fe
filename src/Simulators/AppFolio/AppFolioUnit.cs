namespace AiPhoneCoverage.Simulators;

/// <summary>A unit of the simulated AppFolio database; a vacant one has no current occupancy.</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="PropertyId">The property's id.</param>
/// <param name="Name">The unit number as residents say it, for example <c>4B</c>.</param>
/// <param name="CurrentOccupancyId">The current occupancy, or null when vacant.</param>
/// <param name="LastUpdatedAt">When the record last changed.</param>
public sealed record AppFolioUnit(string Id, string PropertyId, string Name, string? CurrentOccupancyId, DateTimeOffset LastUpdatedAt);
