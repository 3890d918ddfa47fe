using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>Turns a verified Twilio webhook into the hub's canonical call event, by the route it came in on.</summary>
internal static class WebhookParser
{
    public static Result<CallEvent> Parse(TelephonyAccount account, TelephonyWebhook webhook)
    {
        var fields = new WebhookFields(webhook);
        var accountSid = fields.Required("AccountSid");
        if (fields.Error is not null)
        {
            return fields.Error;
        }

        if (!string.Equals(accountSid, account.AccountId, StringComparison.Ordinal))
        {
            return ProviderError.Permanent("wrong_account", $"Twilio {webhook.Kind} webhook: it was sent for another Twilio account than this portfolio's.");
        }

        CallEvent parsed = webhook.Kind switch
        {
            WebhookKind.IncomingCall => new CallStarted(fields.CallSid(), fields.Required("From"), fields.Required("To")),
            WebhookKind.Gather => new CallerAnswered(
                fields.CallSid(),
                fields.Optional("SpeechResult") ?? string.Empty,
                fields.Optional("Digits") ?? string.Empty,
                fields.OptionalConfidence(),
                fields.Turn(required: true)),
            WebhookKind.CallStatus => new CallStatusChanged(fields.CallSid(), fields.Required("CallStatus"), fields.OptionalCount("SequenceNumber")),
            WebhookKind.IncomingSms => new SmsReceived(fields.MessageSid(), fields.Required("From"), fields.Required("To"), fields.Present("Body")),
            WebhookKind.Recording => new RecordingReceived(
                fields.CallSid(),
                fields.RequiredUrl("RecordingUrl"),
                fields.OptionalCount("RecordingDuration")),
            WebhookKind.Reply => new CallerAnswered(fields.CallSid(), string.Empty, fields.Optional("Digits") ?? string.Empty, null, fields.Turn(required: false)),
            _ => throw new ArgumentOutOfRangeException(nameof(webhook), webhook.Kind, "Unknown webhook kind."),
        };

        return fields.Error is null ? parsed : fields.Error;
    }
}
