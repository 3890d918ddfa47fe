using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Ask: waits for the caller's next words. Resumed with them, it sets Answer and takes Answered, or
/// NoAnswer when nothing was said. (Saying the prompt is the telephony's part, with the calls capability.)
/// </summary>
internal sealed class AskBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.Ask";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Input));

    public ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var answer = input.Text?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return ValueTask.FromResult(ActivityOutcome.Take("NoAnswer"));
        }

        context.SetOutput("Answer", JsonValue.Create(answer));
        IntakeState.AddTurn(context.State, answer);
        return ValueTask.FromResult(ActivityOutcome.Take("Answered"));
    }
}
