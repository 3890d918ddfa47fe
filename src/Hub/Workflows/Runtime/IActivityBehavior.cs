namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>
/// What an activity type does when the flow reaches it, and when a bookmark it set is resumed. One small class per type,
/// as in Elsa: the catalogue describes it, the behaviour runs it.
/// </summary>
internal interface IActivityBehavior
{
    string TypeName { get; }

    ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context);

    ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input) =>
        ValueTask.FromResult(ActivityOutcome.Fault($"{TypeName} does not wait, so it cannot be resumed"));
}
