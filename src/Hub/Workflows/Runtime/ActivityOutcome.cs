namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>What an activity did: took an outcome port, suspended on a bookmark, ended the workflow, or faulted.</summary>
internal sealed record ActivityOutcome(ActivityOutcomeKind Kind, string? Port = null, string? BookmarkKind = null, DateTimeOffset? DueAt = null, string? FaultMessage = null)
{
    public static ActivityOutcome Done { get; } = new(ActivityOutcomeKind.Port, "Done");

    public static ActivityOutcome EndWorkflow { get; } = new(ActivityOutcomeKind.End);

    public static ActivityOutcome Take(string port) => new(ActivityOutcomeKind.Port, port);

    public static ActivityOutcome Suspend(string bookmarkKind, DateTimeOffset? dueAt = null) => new(ActivityOutcomeKind.Suspend, BookmarkKind: bookmarkKind, DueAt: dueAt);

    public static ActivityOutcome Fault(string message) => new(ActivityOutcomeKind.Fault, FaultMessage: message);
}
