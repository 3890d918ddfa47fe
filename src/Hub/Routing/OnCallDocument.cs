namespace AiPhoneCoverage.Hub.Routing;

/// <summary>The portfolio file's <c>onCall</c> section: rotations, in order of precedence, and overrides.</summary>
internal sealed record OnCallDocument
{
    public IReadOnlyList<RotationDocument> Rotations { get; init; } = [];

    public IReadOnlyList<OverrideDocument>? Overrides { get; init; }
}
