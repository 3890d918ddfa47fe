namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A rotation as checked, naming its property and contacts by code (null property: portfolio-wide, with its zone).</summary>
internal sealed record RotationSpec(string Name, string? Property, string? TimeZone, RotationSettings Settings, IReadOnlyList<string> Members, IReadOnlyList<string> Escalation);
