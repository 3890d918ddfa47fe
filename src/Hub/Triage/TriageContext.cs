namespace AiPhoneCoverage.Hub.Triage;

/// <summary>What the hub knows beyond the caller's words: the outdoor temperature, a vulnerable occupant on file, the local time.</summary>
internal sealed record TriageContext(double? OutdoorTempF = null, bool? VulnerableOccupant = null, TimeOnly? LocalTime = null)
{
    public static TriageContext Unknown { get; } = new();
}
