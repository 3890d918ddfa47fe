namespace AiPhoneCoverage.Hub.Routing;

/// <summary>An override as checked: rotation and contact by code, local start and end.</summary>
internal sealed record OverrideSpec(string Rotation, string Contact, DateTime From, DateTime To, string? Note)
{
    public bool Overlaps(OverrideSpec other) => Rotation == other.Rotation && From < other.To && other.From < To;

    public string Describe() => $"override of '{Rotation}' from {OnCallText.FormatLocal(From)} to {OnCallText.FormatLocal(To)}";
}
