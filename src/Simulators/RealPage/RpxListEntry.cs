namespace AiPhoneCoverage.Simulators;

/// <summary>One entry of a Facilities list: its id and what it is called on screen.</summary>
public sealed record RpxListEntry(string Id, string Description);
