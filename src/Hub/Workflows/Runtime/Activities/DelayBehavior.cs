namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>Elsa.Delay: suspends on a durable timer and continues when it fires.</summary>
internal sealed class DelayBehavior : IActivityBehavior
{
    public string TypeName => "Elsa.Delay";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var delay = context.Input("TimeSpan") as TimeSpan? ?? TimeSpan.Zero;
        return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Timer, context.Time.GetUtcNow() + delay));
    }

    public ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input) => ValueTask.FromResult(ActivityOutcome.Done);
}
