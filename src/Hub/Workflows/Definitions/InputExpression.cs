namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>An input's expression: <c>Literal</c> (always a string, even for booleans), <c>Variable</c> or <c>JavaScript</c>.</summary>
internal sealed record InputExpression(string Type, string? Value)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);
}
