using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Ask: asks its prompt on the call and waits for the caller's next words. Resumed with them, it sets
/// Answer and takes Answered. When nothing was heard it asks once more, then takes NoAnswer.
/// </summary>
internal sealed class AskBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.Ask";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        CallScript.Ask(context, context.InputText("Prompt") ?? string.Empty, CallScript.Hints(context.InputText("Hints")));
        return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Input));
    }

    public ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var answer = input.Text?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return ValueTask.FromResult(CallScript.RepromptOnce(context, context.InputText("Prompt") ?? string.Empty, CallScript.Hints(context.InputText("Hints")))
                ? ActivityOutcome.Suspend(BookmarkKinds.Input)
                : ActivityOutcome.Take("NoAnswer"));
        }

        CallScript.Heard(context);
        context.SetOutput("Answer", JsonValue.Create(answer));
        IntakeState.AddTurn(context.State, answer);
        return ValueTask.FromResult(ActivityOutcome.Take("Answered"));
    }
}
