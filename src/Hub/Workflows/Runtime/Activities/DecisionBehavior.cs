namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>Elsa.FlowDecision: True or False by its Condition.</summary>
internal sealed class DecisionBehavior : IActivityBehavior
{
    public string TypeName => "Elsa.FlowDecision";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityOutcome.Take(context.Input("Condition") is true ? "True" : "False"));
}
