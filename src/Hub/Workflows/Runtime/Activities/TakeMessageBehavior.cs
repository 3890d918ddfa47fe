using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.TakeMessage: asks for a message for the office and keeps it (in the transcript and the audit trail);
/// Done once the caller has spoken, or has said nothing twice.
/// </summary>
internal sealed class TakeMessageBehavior : IActivityBehavior
{
    private const string DefaultPrompt = "I can take a message for the office. Please tell me your message now.";

    public string TypeName => "AiPhoneCoverage.TakeMessage";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        CallScript.Ask(context, Prompt(context), []);
        return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Input));
    }

    public ValueTask<ActivityOutcome> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var message = input.Text?.Trim() ?? string.Empty;
        if (message.Length == 0 && CallScript.RepromptOnce(context, Prompt(context), []))
        {
            return ValueTask.FromResult(ActivityOutcome.Suspend(BookmarkKinds.Input));
        }

        CallScript.Heard(context);
        context.SetVariable("Message", JsonValue.Create(message));
        context.Audit(message.Length == 0 ? "no_message" : "message_taken", new { length = message.Length });
        CallScript.Say(context, message.Length == 0 ? "I didn't hear a message. Please call again any time." : "Thank you, the office will get back to you.");
        return ValueTask.FromResult(ActivityOutcome.Done);
    }

    // The catalogue's default prompt speaks of a tone; on a speech call there is none, so the hub's own words are used.
    private static string Prompt(ActivityContext context) =>
        context.InputText("Prompt") is { Length: > 0 } prompt && !prompt.Contains("tone", StringComparison.OrdinalIgnoreCase) ? prompt : DefaultPrompt;
}
