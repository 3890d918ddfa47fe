using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// One page of a Twilio list resource (<c>{"messages": […], "next_page_uri": …}</c>): its records and the path of the next
/// page. A record without a valid sid or date_created makes the whole page unreadable: skipping it could hide the very
/// message the hub is looking for, and lead to a duplicate.
/// </summary>
internal sealed record TwilioListPage(IReadOnlyList<SentRecord> Records, string? NextPageUri)
{
    public static Result<TwilioListPage> Parse(string body, OutboundChannel channel, string what)
    {
        var array = channel == OutboundChannel.Sms ? "messages" : "calls";
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(array, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return Unreadable(what, $"it has no '{array}' list");
            }

            var records = new List<SentRecord>(items.GetArrayLength());
            foreach (var item in items.EnumerateArray())
            {
                var sid = String(item, "sid");
                if (!(channel == OutboundChannel.Sms ? TwilioSids.IsMessage(sid) : TwilioSids.IsCall(sid)))
                {
                    return Unreadable(what, "a record has no valid sid");
                }

                if (!TwilioDates.TryParse(String(item, "date_created"), out var created))
                {
                    return Unreadable(what, $"record {sid} has no valid date_created");
                }

                records.Add(new SentRecord(sid!, created, channel == OutboundChannel.Sms ? String(item, "body") : null));
            }

            var next = String(root, "next_page_uri") is { Length: > 0 } uri ? uri : null;
            return new TwilioListPage(records, next);
        }
        catch (JsonException)
        {
            return Unreadable(what, "it is not JSON");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static ProviderError Unreadable(string what, string why) =>
        ProviderError.Transient("unexpected_answer", $"Twilio's answer to an attempt to {what} could not be read: {why}.");
}
