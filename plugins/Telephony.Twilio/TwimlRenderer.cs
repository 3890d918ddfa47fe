using System.Xml.Linq;
using AiPhoneCoverage.Sdk;
using Twilio.TwiML;
using TwimlElement = Twilio.TwiML.TwiML;
using Voice = Twilio.TwiML.Voice;
using TwilioHttpMethod = Twilio.Http.HttpMethod;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// Renders the hub's call actions as TwiML with Twilio's own builders (never by concatenating strings, so that what a
/// caller said can never become markup). Answers go back to the hub's routes as absolute public URLs.
/// </summary>
internal static class TwimlRenderer
{
    public const string ContentType = "application/xml";

    public static TelephonyResponse Render(TelephonyAccount account, IReadOnlyList<CallAction> actions, CallRoutes routes)
    {
        var response = new VoiceResponse();
        foreach (var action in actions)
        {
            response.Append(Verb(account, action, routes));
        }

        return new TelephonyResponse(ContentType, response.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>A <c>Say</c> in the account's voice and language, when they are set.</summary>
    public static Voice.Say Say(TelephonyAccount account, string text) => new(
        text,
        voice: account.Voice is { Length: > 0 } voice ? (Voice.Say.VoiceEnum)voice : null,
        language: account.Language is { Length: > 0 } language ? (Voice.Say.LanguageEnum)language : null);

    private static TwimlElement Verb(TelephonyAccount account, CallAction action, CallRoutes routes) => action switch
    {
        Sdk.Say say => Say(account, say.Text),
        Ask ask => Gather(account, ask, routes),
        Transfer transfer => new Voice.Dial().Number(transfer.Number),
        RecordMessage record => Record(account, record, routes),
        Hangup => new Voice.Hangup(),
        null => throw new ArgumentException("A call action is null.", nameof(action)),
        _ => throw new NotSupportedException($"telephony.twilio cannot render the call action {action.GetType().Name}."),
    };

    private static Voice.Gather Gather(TelephonyAccount account, Ask ask, CallRoutes routes)
    {
        var hints = (ask.Hints ?? []).Select(h => h.Trim()).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var gather = new Voice.Gather(
            input: ask.AcceptDigits ? [Voice.Gather.InputEnum.Dtmf, Voice.Gather.InputEnum.Speech] : [Voice.Gather.InputEnum.Speech],
            action: PublicUrl.UriOf(account, routes.Gather(ask.Turn)),
            method: TwilioHttpMethod.Post,
            speechTimeout: "auto",
            actionOnEmptyResult: true,
            language: account.Language is { Length: > 0 } language ? (Voice.Gather.LanguageEnum)language : null,
            hints: hints.Count > 0 ? string.Join(", ", hints) : null);
        return gather.Append(Say(account, ask.Prompt));
    }

    private static Voice.Record Record(TelephonyAccount account, RecordMessage record, CallRoutes routes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(record.MaxSeconds);
        return new Voice.Record(
            action: PublicUrl.UriOf(account, routes.Recording),
            method: TwilioHttpMethod.Post,
            maxLength: record.MaxSeconds,
            playBeep: true);
    }
}
