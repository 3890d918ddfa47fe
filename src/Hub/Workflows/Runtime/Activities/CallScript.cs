using System.Globalization;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// How the intake activities talk on a live call: they emit call actions, which the call's webhook renders (TwiML for
/// Twilio) after the run. Questions are numbered: the answer to turn N comes back on the Gather of turn N. The call's
/// facts (caller, numbers, property) are variables the call set when it started the instance.
/// </summary>
internal static class CallScript
{
    public const string Turn = "Turn";
    public const string CallSid = "CallSid";
    public const string CallerId = "CallerId";
    public const string CalledNumber = "CalledNumber";
    public const string PropertyId = "PropertyId";
    public const string PropertyName = "PropertyName";
    public const string EmergencyLine = "EmergencyLine";

    /// <summary>For `aipc call --at`: seconds from now to that local time today, which the on-call lookup adds.</summary>
    public const string ClockOffsetSeconds = "ClockOffsetSeconds";
    private const string NoSpeech = "NoSpeech";

    public static void Say(ActivityContext context, string text) => context.Emit(new Say(text));

    /// <summary>Asks and numbers the question; the activity then suspends for the answer.</summary>
    public static void Ask(ActivityContext context, string prompt, IReadOnlyList<string> hints)
    {
        var turn = (Text(context.State, Turn) is { } current ? int.Parse(current, CultureInfo.InvariantCulture) : 0) + 1;
        context.SetVariable(Turn, JsonValue.Create(turn.ToString(CultureInfo.InvariantCulture)));
        context.Emit(new Ask(prompt, hints, turn));
    }

    /// <summary>
    /// Nothing was heard: the first time the question is asked again (true); the second time the caller is taken as
    /// unable to answer (false). Any answer resets the count.
    /// </summary>
    public static bool RepromptOnce(ActivityContext context, string prompt, IReadOnlyList<string> hints)
    {
        var key = $"{NoSpeech}:{context.Activity.Id}";
        if (context.State.Variables.Remove(key))
        {
            return false;
        }

        context.SetVariable(key, JsonValue.Create(true));
        Say(context, "Sorry, I didn't catch that.");
        Ask(context, prompt, hints);
        return true;
    }

    public static void Heard(ActivityContext context) => context.State.Variables.Remove($"{NoSpeech}:{context.Activity.Id}");

    public static IReadOnlyList<string> Hints(string? hints) =>
        string.IsNullOrWhiteSpace(hints) ? [] : hints.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string? Text(WorkflowState state, string variable) =>
        state.Variables.TryGetValue(variable, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A whole-number variable, whether set in this run (a boxed int or long) or read back from the stored state.</summary>
    public static long? Number(WorkflowState state, string variable)
    {
        if (!state.Variables.TryGetValue(variable, out var node) || node is not JsonValue value)
        {
            return null;
        }

        return value.TryGetValue<long>(out var number) ? number
            : value.TryGetValue<int>(out var small) ? small
            : value.TryGetValue<string>(out var text) && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : null;
    }
}
