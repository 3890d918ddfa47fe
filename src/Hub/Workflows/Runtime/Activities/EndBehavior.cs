namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>Elsa.End, and AiPhoneCoverage.Hangup: the workflow ends; pending bookmarks and timers are dropped.</summary>
internal sealed class EndBehavior(string typeName) : IActivityBehavior
{
    public string TypeName { get; } = typeName;

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        if (TypeName == "AiPhoneCoverage.Hangup")
        {
            context.Emit(new Sdk.Hangup());
        }

        return ValueTask.FromResult(ActivityOutcome.EndWorkflow);
    }
}
