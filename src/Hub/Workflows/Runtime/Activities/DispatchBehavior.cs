namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Dispatch until on-call routing exists (issue 7): nobody is paged, the audit trail says why, and the
/// flow takes NobodyAvailable so that the call still ends properly and the work order still reaches the PMS.
/// </summary>
internal sealed class DispatchBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.Dispatch";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        context.Audit("dispatch_skipped", new { trade = context.InputText("Trade"), reason = "no on-call schedule is configured for this property" });
        return ValueTask.FromResult(ActivityOutcome.Take("NobodyAvailable"));
    }
}
