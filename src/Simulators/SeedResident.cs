namespace AiPhoneCoverage.Simulators;

/// <summary>A resident as a simulated PMS holds it, read from the demo portfolio's roster CSVs.</summary>
public sealed record SeedResident(string ResidentId, string FirstName, string LastName, string Unit, string Phone, string? AltPhone, string? Email);
