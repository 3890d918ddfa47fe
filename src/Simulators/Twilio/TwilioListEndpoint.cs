using System.Text.Json;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// <c>GET Messages.json</c> and <c>GET Calls.json</c> of the fake REST API: an injected fault first (as for a create; a
/// <see cref="TwilioFaultKind.CreatedThenDropped"/> answers and then drops the connection), Basic auth (401), the account
/// in the path (404), the query (400), then one page of the account's records newest first, in Twilio's list shape.
/// </summary>
internal sealed class TwilioListEndpoint(TwilioCredentials credentials, TwilioLedger ledger, TwilioFaultGate faults)
{
    public Task<IResponseMessage> MessagesAsync(IRequestMessage message) =>
        faults.ApplyAsync(message, () => List(message, "Messages", "messages", "DateSent", ledger.Messages.Select((m, i) => new Entry(
            m.ReceivedAt, i, m.To, m.From, TwilioResourceJson.SentAt(m), m.Sid, TwilioResourceJson.MessageFields(credentials.AccountSid, m)))));

    public Task<IResponseMessage> CallsAsync(IRequestMessage message) =>
        faults.ApplyAsync(message, () => List(message, "Calls", "calls", "StartTime", ledger.Calls.Select((c, i) => new Entry(
            c.ReceivedAt, i, c.To, c.From, TwilioResourceJson.StartedAt(c), c.Sid, TwilioResourceJson.CallFields(credentials.AccountSid, c)))));

    private ResponseMessage List(IRequestMessage message, string resource, string array, string dateName, IEnumerable<Entry> entries)
    {
        var request = new TwilioRequest(message);
        if (!credentials.Accepts(request.Header("Authorization")))
        {
            return TwilioAnswer.Unauthorized();
        }

        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 4 || segments[2] != credentials.AccountSid)
        {
            return TwilioAnswer.NotFound(request.Path);
        }

        var (query, refusal) = TwilioListQuery.Read(message, dateName);
        if (query is null)
        {
            return TwilioAnswer.Error(400, 20001, refusal!);
        }

        var matching = entries.Where(e => query.Matches(e.To, e.From, e.Date))
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Order).ToList();

        // A PageToken ("PA" + the last sid of the page before) continues after that record; without one, Page counts pages.
        var start = query.PageToken is { Length: > 2 } token && matching.FindIndex(e => e.Sid == token[2..]) is var after and >= 0
            ? after + 1
            : (int)Math.Min((long)query.Page * query.PageSize, matching.Count);
        var page = matching.Skip(start).Take(query.PageSize).ToList();
        var path = $"/2010-04-01/Accounts/{credentials.AccountSid}/{resource}.json";
        var filters = (message.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .Where(q => q.Key is not ("Page" or "PageSize" or "PageToken"))
            .Select(q => $"{Uri.EscapeDataString(Uri.UnescapeDataString(q.Key))}={Uri.EscapeDataString(q.Value.FirstOrDefault() ?? string.Empty)}");
        string PageUri(int number, string? pageToken)
        {
            List<string> parts = [.. filters, $"PageSize={query.PageSize}", $"Page={number}"];
            if (pageToken is not null)
            {
                parts.Add($"PageToken={Uri.EscapeDataString(pageToken)}");
            }

            return $"{path}?{string.Join('&', parts)}";
        }

        var number = start / query.PageSize;
        var body = new Dictionary<string, object?>
        {
            ["first_page_uri"] = PageUri(0, null),
            ["end"] = page.Count == 0 ? start : start + page.Count - 1,
            ["previous_page_uri"] = number > 0 ? PageUri(number - 1, "PB" + page.FirstOrDefault()?.Sid) : null,
            [array] = page.Select(e => e.Json),
            ["uri"] = PageUri(number, query.PageToken),
            ["page_size"] = query.PageSize,
            ["start"] = start,
            ["next_page_uri"] = start + page.Count < matching.Count ? PageUri(number + 1, "PA" + page[^1].Sid) : null,
            ["page"] = number,
        };
        return TwilioAnswer.Json(200, JsonSerializer.Serialize(body));
    }

    private sealed record Entry(DateTimeOffset CreatedAt, int Order, string To, string From, DateTimeOffset? Date, string Sid, Dictionary<string, object?> Json);
}
