namespace AiPhoneCoverage.Simulators;

/// <summary>A unit of a simulated site: RealPage's numeric id and the unit number residents say.</summary>
internal sealed record RpxUnit(string UnitId, string UnitNumber, string BuildingName, int Floor);
