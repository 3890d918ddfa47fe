using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>Elsa.SetVariable: sets a variable by name.</summary>
internal sealed class SetVariableBehavior : IActivityBehavior
{
    public string TypeName => "Elsa.SetVariable";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var name = context.InputText("Variable");
        if (string.IsNullOrWhiteSpace(name))
        {
            return ValueTask.FromResult(ActivityOutcome.Fault("SetVariable needs a variable name"));
        }

        context.SetVariable(name, JsonValue.Create(context.InputText("Value")));
        return ValueTask.FromResult(ActivityOutcome.Done);
    }
}
