using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.LifeSafetyInstructions: what the caller is told first in a life-safety case (from the triage
/// decision), said on the call before anything else (and kept in the SayFirst variable).
/// </summary>
internal sealed class LifeSafetyInstructionsBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.LifeSafetyInstructions";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var instructions = IntakeState.Instructions(context.State);
        if (instructions is null)
        {
            return ValueTask.FromResult(ActivityOutcome.Fault("LifeSafetyInstructions was reached without a life-safety decision"));
        }

        context.SetVariable("SayFirst", JsonValue.Create(instructions));
        CallScript.Say(context, instructions);
        context.Audit("life_safety_instructions", new { instructions });
        return ValueTask.FromResult(ActivityOutcome.Done);
    }
}
