using System.Xml.Linq;
using AiPhoneCoverage.Sdk;
using Twilio.TwiML;
using Voice = Twilio.TwiML.Voice;
using TwilioHttpMethod = Twilio.Http.HttpMethod;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// The TwiML of a notification call the hub places: read the text, ask for 1 to accept, post the key to the hub's
/// reply path; if no key is pressed, say so and end.
/// </summary>
internal static class NotificationCallTwiml
{
    public const string AcceptPrompt = "Press 1 to accept.";

    public const string NoKeyPressed = "No key was pressed. Goodbye.";

    public static string For(TelephonyAccount account, OutboundMessage message)
    {
        if (string.IsNullOrEmpty(message.ReplyPath))
        {
            throw new ArgumentException("A notification call needs the hub's reply path (OutboundMessage.ReplyPath).", nameof(message));
        }

        var gather = new Voice.Gather(
            input: [Voice.Gather.InputEnum.Dtmf],
            numDigits: 1,
            action: PublicUrl.UriOf(account, message.ReplyPath),
            method: TwilioHttpMethod.Post);
        gather.Append(TwimlRenderer.Say(account, $"{message.Text.Trim()} {AcceptPrompt}"));
        var response = new VoiceResponse().Append(gather).Append(TwimlRenderer.Say(account, NoKeyPressed));
        return response.ToString(SaveOptions.DisableFormatting);
    }
}
