using AiPhoneCoverage.Hub.Escalations;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.WaitForAcknowledgement: waits for an acknowledgement with a durable timeout (its Timeout input, or
/// else the timeout of the tier Notify paged). Whichever comes first wins: the runner removes the bookmark and its timer
/// in the same transaction, so the other finds nothing to resume, and the step is settled one way only.
/// </summary>
internal sealed class WaitForAcknowledgementBehavior : IActivityBehavior
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public string TypeName => "AiPhoneCoverage.WaitForAcknowledgement";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var timeout = context.Input("Timeout") as TimeSpan?
            ?? (CallScript.Number(context.State, EscalationVariables.TimeoutSeconds) is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout);
        return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Acknowledgement, context.Time.GetUtcNow() + timeout));
    }

    public async ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        if (input.Kind == BookmarkKinds.Timer)
        {
            await EscalationOutcomes.TimedOutAsync(context);
            return ActivityOutcome.Take("TimedOut");
        }

        if (Acknowledgement.From(input) is { } acknowledgement)
        {
            await EscalationOutcomes.AcknowledgedAsync(context, acknowledgement);
        }

        return ActivityOutcome.Take("Acknowledged");
    }
}
