namespace AiPhoneCoverage.Simulators;

/// <summary>A property of the simulated AppFolio database.</summary>
/// <param name="Id">The property's id (the demo portfolio's <c>pms.propertyId</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="LastUpdatedAt">When the record last changed.</param>
public sealed record AppFolioProperty(string Id, string Name, DateTimeOffset LastUpdatedAt);
