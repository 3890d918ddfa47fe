namespace AiPhoneCoverage.Sdk;

/// <summary>A unit as the PMS lists it.</summary>
/// <param name="ExternalId">The PMS's id of the unit.</param>
/// <param name="UnitCode">The unit number as residents say it, for example <c>4B</c>.</param>
/// <param name="Building">The building, if the PMS has one.</param>
/// <param name="Vacant">Whether nobody lives there.</param>
public sealed record PmsUnit(string ExternalId, string UnitCode, string? Building, bool Vacant);
