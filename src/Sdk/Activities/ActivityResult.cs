namespace AiPhoneCoverage.Sdk;

/// <summary>What a contributed activity did: the outcome to follow and its outputs.</summary>
/// <param name="Outcome">One of the definition's outcomes (<c>Done</c> when it has none).</param>
/// <param name="Outputs">Output values by output name.</param>
public sealed record ActivityResult(string Outcome, IReadOnlyDictionary<string, object?>? Outputs = null)
{
    /// <summary>The single <c>Done</c> outcome, no outputs.</summary>
    public static ActivityResult Done { get; } = new("Done");
}
