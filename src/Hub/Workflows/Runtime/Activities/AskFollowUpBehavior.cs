using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Triage;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.AskFollowUp: asks the one question the policy said is worth asking (never one already asked) and
/// waits for the answer; NothingToAsk when there is none. Nothing heard: asked once more, then the caller cannot answer
/// (the safer urgency wins).
/// </summary>
internal sealed class AskFollowUpBehavior : IActivityBehavior
{
    private static readonly string[] Hints = ["yes", "no", "stopped", "still", "not sure"];

    public string TypeName => "AiPhoneCoverage.AskFollowUp";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var ask = IntakeState.DecidedAsk(context.State);
        if (ask is null || IntakeState.Answers(context.State).Any(a => a.Question == ask))
        {
            return ValueTask.FromResult(ActivityOutcome.Take("NothingToAsk"));
        }

        var question = FollowUpQuestions.Text(ask.Value);
        context.SetVariable(IntakeState.PendingFollowUp, JsonValue.Create(ask.Value.ToString()));
        context.SetOutput("Question", JsonValue.Create(question));
        CallScript.Ask(context, question, Hints);
        context.Audit("question_asked", new { question = ask.Value.ToString(), text = question });
        return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Input));
    }

    public ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var answer = input.Text?.Trim() ?? string.Empty;
        var question = Enum.Parse<FollowUp>(context.State.Variables[IntakeState.PendingFollowUp]!.GetValue<string>());
        if (answer.Length == 0 && CallScript.RepromptOnce(context, FollowUpQuestions.Text(question), Hints))
        {
            return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Input));
        }

        CallScript.Heard(context);
        IntakeState.AddAnswer(context.State, question, answer);
        if (answer.Length > 0)
        {
            IntakeState.AddTurn(context.State, answer);
        }

        context.SetOutput("Answer", JsonValue.Create(answer));
        return ValueTask.FromResult(ActivityOutcome.Take("Asked"));
    }
}
