using System.Text.Json;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The JSON resources the fake REST API answers with (201 on a create, and in list pages), shaped like Twilio's (fields it
/// cannot know are null). A message the REST API accepted stays queued, so its date_sent is null; a text sent in or a
/// TwiML reply was sent when it was recorded. A call starts when a drill answers it.
/// </summary>
internal static class TwilioResourceJson
{
    private const string ApiVersion = "2010-04-01";

    public static string Message(string accountSid, TwilioLedgerMessage message) => JsonSerializer.Serialize(MessageFields(accountSid, message));

    public static string Call(string accountSid, TwilioLedgerCall call) => JsonSerializer.Serialize(CallFields(accountSid, call));

    /// <summary>When Twilio would say the message was sent (or received): null while an API message is queued.</summary>
    public static DateTimeOffset? SentAt(TwilioLedgerMessage message) =>
        message.Direction == TwilioMessageDirection.OutboundApi ? null : message.ReceivedAt;

    /// <summary>When the call started: when a drill first answered it; null while it is queued.</summary>
    public static DateTimeOffset? StartedAt(TwilioLedgerCall call) => call.Answers.Count > 0 ? call.Answers[0].AnsweredAt : null;

    public static Dictionary<string, object?> MessageFields(string accountSid, TwilioLedgerMessage message)
    {
        var date = TwilioDate.Format(message.ReceivedAt);
        var uri = $"/{ApiVersion}/Accounts/{accountSid}/Messages/{message.Sid}.json";
        return new Dictionary<string, object?>
        {
            ["sid"] = message.Sid,
            ["account_sid"] = accountSid,
            ["to"] = message.To,
            ["from"] = message.From,
            ["body"] = message.Body,
            ["status"] = message.Direction switch
            {
                TwilioMessageDirection.Inbound => "received",
                TwilioMessageDirection.OutboundReply => "sent",
                _ => "queued",
            },
            ["direction"] = message.Direction,
            ["num_segments"] = "1",
            ["num_media"] = "0",
            ["messaging_service_sid"] = message.From.StartsWith("MG", StringComparison.Ordinal) ? message.From : null,
            ["date_created"] = date,
            ["date_updated"] = date,
            ["date_sent"] = SentAt(message) is { } sent ? TwilioDate.Format(sent) : null,
            ["error_code"] = null,
            ["error_message"] = null,
            ["price"] = null,
            ["price_unit"] = "USD",
            ["api_version"] = ApiVersion,
            ["uri"] = uri,
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = uri.Replace(".json", "/Media.json", StringComparison.Ordinal) },
        };
    }

    public static Dictionary<string, object?> CallFields(string accountSid, TwilioLedgerCall call)
    {
        var date = TwilioDate.Format(call.ReceivedAt);
        return new Dictionary<string, object?>
        {
            ["sid"] = call.Sid,
            ["account_sid"] = accountSid,
            ["to"] = call.To,
            ["to_formatted"] = call.To,
            ["from"] = call.From,
            ["from_formatted"] = call.From,
            ["status"] = call.Status,
            ["direction"] = "outbound-api",
            ["date_created"] = date,
            ["date_updated"] = date,
            ["start_time"] = StartedAt(call) is { } started ? TwilioDate.Format(started) : null,
            ["end_time"] = null,
            ["duration"] = null,
            ["parent_call_sid"] = null,
            ["price"] = null,
            ["price_unit"] = "USD",
            ["answered_by"] = null,
            ["api_version"] = ApiVersion,
            ["uri"] = $"/{ApiVersion}/Accounts/{accountSid}/Calls/{call.Sid}.json",
        };
    }
}
