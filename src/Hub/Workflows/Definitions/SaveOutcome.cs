using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>What a save or publish did: the stored version, or nothing when refused, with every problem found.</summary>
internal sealed record SaveOutcome(WorkflowDefinitionRecord? Definition, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Refused => Definition is null;

    public static SaveOutcome Refuse(IReadOnlyList<DefinitionProblem> problems) => new(null, problems);
}
