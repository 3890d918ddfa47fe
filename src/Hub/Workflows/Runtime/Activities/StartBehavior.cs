namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>Elsa.Start: where the flow begins.</summary>
internal sealed class StartBehavior : IActivityBehavior
{
    public string TypeName => "Elsa.Start";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityOutcome.Done);
}
