namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>Something wrong with a definition: errors refuse a publish, warnings do not.</summary>
internal sealed record DefinitionProblem(bool IsError, string Message, string? ActivityId = null)
{
    public static DefinitionProblem Error(string message, string? activityId = null) => new(true, message, activityId);

    public static DefinitionProblem Warning(string message, string? activityId = null) => new(false, message, activityId);

    public override string ToString() => $"{(IsError ? "error" : "warning")}: {Message}";
}
