using System.Text.Json;

namespace AiPhoneCoverage.Simulators;

/// <summary>The JSON resources the fake REST API answers 201 with, shaped like Twilio's (fields it cannot know are null).</summary>
internal static class TwilioResourceJson
{
    private const string ApiVersion = "2010-04-01";

    public static string Message(string accountSid, TwilioLedgerMessage message)
    {
        var date = TwilioDate.Format(message.ReceivedAt);
        var uri = $"/{ApiVersion}/Accounts/{accountSid}/Messages/{message.Sid}.json";
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["sid"] = message.Sid,
            ["account_sid"] = accountSid,
            ["to"] = message.To,
            ["from"] = message.From,
            ["body"] = message.Body,
            ["status"] = "queued",
            ["direction"] = "outbound-api",
            ["num_segments"] = "1",
            ["num_media"] = "0",
            ["messaging_service_sid"] = message.From.StartsWith("MG", StringComparison.Ordinal) ? message.From : null,
            ["date_created"] = date,
            ["date_updated"] = date,
            ["date_sent"] = null,
            ["error_code"] = null,
            ["error_message"] = null,
            ["price"] = null,
            ["price_unit"] = "USD",
            ["api_version"] = ApiVersion,
            ["uri"] = uri,
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = uri.Replace(".json", "/Media.json", StringComparison.Ordinal) },
        });
    }

    public static string Call(string accountSid, TwilioLedgerCall call)
    {
        var date = TwilioDate.Format(call.ReceivedAt);
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["sid"] = call.Sid,
            ["account_sid"] = accountSid,
            ["to"] = call.To,
            ["to_formatted"] = call.To,
            ["from"] = call.From,
            ["from_formatted"] = call.From,
            ["status"] = "queued",
            ["direction"] = "outbound-api",
            ["date_created"] = date,
            ["date_updated"] = date,
            ["start_time"] = null,
            ["end_time"] = null,
            ["duration"] = null,
            ["parent_call_sid"] = null,
            ["price"] = null,
            ["price_unit"] = "USD",
            ["answered_by"] = null,
            ["api_version"] = ApiVersion,
            ["uri"] = $"/{ApiVersion}/Accounts/{accountSid}/Calls/{call.Sid}.json",
        });
    }
}
