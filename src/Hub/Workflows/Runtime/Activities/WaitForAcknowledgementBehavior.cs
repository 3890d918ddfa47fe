namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.WaitForAcknowledgement: waits for an acknowledgement with a durable timeout. Whichever comes first
/// wins: the runner removes the bookmark and its timer in the same transaction, so the other finds nothing to resume.
/// </summary>
internal sealed class WaitForAcknowledgementBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.WaitForAcknowledgement";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var timeout = context.Input("Timeout") as TimeSpan? ?? TimeSpan.FromMinutes(5);
        return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Acknowledgement, context.Time.GetUtcNow() + timeout));
    }

    public ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input) =>
        ValueTask.FromResult(ActivityOutcome.Take(input.Kind == BookmarkKinds.Timer ? "TimedOut" : "Acknowledged"));
}
