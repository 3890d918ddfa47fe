using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// What a call hears when the hub cannot run the conversation (the database is unavailable, or the turn ran out of
/// time): life-safety words get the instructions and a transfer to the property's emergency line; anything else is
/// asked to leave a message, recorded by the provider. Nothing here needs the database.
/// </summary>
internal sealed class DegradedCallResponses(EmergencyLineCache emergencyLines)
{
    public const string Apology = "We're sorry, our system is having trouble right now.";

    public IReadOnlyList<CallAction> For(CallEvent callEvent, string? calledNumber)
    {
        var speech = callEvent is CallerAnswered answered ? answered.Speech : null;
        if (LifeSafetyWords.InstructionsFor(speech) is { } instructions)
        {
            var line = calledNumber is null ? null : emergencyLines.LineFor(calledNumber);
            return line is null
                ? [new Say(instructions), new Hangup()]
                : [new Say(instructions), new Say("I'm connecting you to the emergency line now."), new Transfer(line)];
        }

        return callEvent is CallStarted or CallerAnswered
            ? [new Say($"{Apology} If this is an emergency such as gas, fire or smoke, hang up and call 911. Otherwise, please leave a message after the tone."),
                new RecordMessage(), new Hangup()]
            : [];
    }
}
