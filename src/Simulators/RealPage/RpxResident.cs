namespace AiPhoneCoverage.Simulators;

/// <summary>A resident of a simulated site, with the lease status RealPage reports (<c>Current</c> or <c>Former</c>).</summary>
internal sealed record RpxResident(SeedResident Person, RpxUnit Unit, string LeaseStatus, bool HeadOfHousehold, string? MoveOutDate);
