namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>The kinds of <see cref="ActivityOutcome"/>.</summary>
internal enum ActivityOutcomeKind
{
    Port,
    Suspend,
    End,
    Fault,
}
