namespace AiPhoneCoverage.Simulators;

/// <summary>A property a simulated PMS serves: its id in that PMS and its residents.</summary>
public sealed record SeedProperty(string Code, string Name, string PmsPlugin, string PmsPropertyId, IReadOnlyList<SeedResident> Residents);
