using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The fake Twilio REST API's list resources (GET Messages.json and Calls.json), over real HTTP.</summary>
public sealed class TwilioListTests : IDisposable
{
    private const string Hub = "+16175550000";
    private const string Tech = "+16175551000";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 11, 46, 10, TimeSpan.Zero));
    private readonly TwilioSimulator _twilio;
    private readonly HttpClient _http = new();
    private readonly TwilioRestClient _client;

    public TwilioListTests()
    {
        _twilio = new TwilioSimulator(0, time: _clock);
        _client = new TwilioRestClient(_http, _twilio);
    }

    private string MessagesPath => $"/2010-04-01/Accounts/{_twilio.AccountSid}/Messages.json";

    private async Task<string> SendAsync(string to, string body)
    {
        var (status, json, _) = await _client.PostAsync("Messages", new() { ["To"] = to, ["From"] = Hub, ["Body"] = body });
        Assert.Equal(201, status);
        _clock.Advance(TimeSpan.FromMinutes(1));
        return json.GetProperty("sid").GetString()!;
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(string pathAndQuery, string? password = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_twilio.Url + pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_twilio.AccountSid}:{password ?? TwilioSimulator.DemoAuthToken}")));
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string[] Sids(JsonElement page, string array = "messages") => [.. page.GetProperty(array).EnumerateArray().Select(m => m.GetProperty("sid").GetString()!)];

    [Fact]
    public async Task Messages_are_filtered_by_To_and_From_newest_first_in_Twilios_page_shape()
    {
        var first = await SendAsync(Tech, "one");
        _ = await SendAsync("+16175552000", "other");
        var second = await SendAsync(Tech, "two");

        var (status, page) = await GetAsync($"{MessagesPath}?To=%2B16175551000&From=%2B16175550000");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([second, first], Sids(page));
        var uri = $"{MessagesPath}?To=%2B16175551000&From=%2B16175550000&PageSize=50&Page=0";
        Assert.Equal(
            (0, 50, 0, 1, uri, uri, (string?)null, (string?)null),
            (page.GetProperty("page").GetInt32(), page.GetProperty("page_size").GetInt32(), page.GetProperty("start").GetInt32(), page.GetProperty("end").GetInt32(),
             page.GetProperty("uri").GetString(), page.GetProperty("first_page_uri").GetString(),
             page.GetProperty("next_page_uri").GetString(), page.GetProperty("previous_page_uri").GetString()));
        var newest = page.GetProperty("messages")[0];
        Assert.Equal(("two", "Mon, 07 Dec 2026 11:48:10 +0000", JsonValueKind.Null, "queued"), (
            newest.GetProperty("body").GetString(), newest.GetProperty("date_created").GetString(), newest.GetProperty("date_sent").ValueKind,
            newest.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_date_filter_applies_to_the_sent_time_so_queued_messages_and_calls_never_match()
    {
        _ = await SendAsync(Tech, "queued");
        var (_, _, _) = await _client.PostAsync("Calls", TwilioRestClient.Call());

        var (_, sentToday) = await GetAsync($"{MessagesPath}?DateSent%3E=2026-12-06");
        var (_, sentOn) = await GetAsync($"{MessagesPath}?DateSent=2026-12-07");
        var (_, unfiltered) = await GetAsync(MessagesPath);
        var (_, startedToday) = await GetAsync($"/2010-04-01/Accounts/{_twilio.AccountSid}/Calls.json?StartTime%3E=2026-12-06");
        var (_, calls) = await GetAsync($"/2010-04-01/Accounts/{_twilio.AccountSid}/Calls.json");

        Assert.Equal((0, 0, 1), (Sids(sentToday).Length, Sids(sentOn).Length, Sids(unfiltered).Length));
        Assert.Equal((0, 1), (Sids(startedToday, "calls").Length, Sids(calls, "calls").Length));
        Assert.Equal(JsonValueKind.Null, calls.GetProperty("calls")[0].GetProperty("start_time").ValueKind);
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-07T23:59:59Z", 0)]
    [InlineData("2026-12-07", "2026-12-08T00:00:00Z", 1)]
    [InlineData("2026-12-07", "2026-12-06T23:59:59Z", -1)]
    [InlineData("2026-12-07T10:00:00Z", "2026-12-07T10:00:00Z", 0)]
    [InlineData("2026-12-07T10:00:00Z", "2026-12-07T09:59:59Z", -1)]
    public void A_date_filter_compares_by_UTC_day_or_by_instant(string filter, string date, int expected) =>
        Assert.Equal(expected, Math.Sign(DateFilter.Parse(filter)!.Compare(DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public async Task Pages_follow_next_page_uri_and_Page_alone_gives_the_same_page()
    {
        var sent = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            sent.Add(await SendAsync(Tech, $"m{i}"));
        }

        var (_, first) = await GetAsync($"{MessagesPath}?To=%2B16175551000&PageSize=2");
        var (_, second) = await GetAsync(first.GetProperty("next_page_uri").GetString()!);
        var (_, third) = await GetAsync(second.GetProperty("next_page_uri").GetString()!);
        var (_, byNumber) = await GetAsync($"{MessagesPath}?To=%2B16175551000&PageSize=2&Page=1");

        Assert.Equal(Enumerable.Reverse(sent), [.. Sids(first), .. Sids(second), .. Sids(third)]);
        Assert.Equal(Sids(second), Sids(byNumber));
        Assert.Equal((1, 2, 3), (second.GetProperty("page").GetInt32(), second.GetProperty("start").GetInt32(), second.GetProperty("end").GetInt32()));
        Assert.StartsWith($"{MessagesPath}?To=%2B16175551000&PageSize=2&Page=0&PageToken=PB", second.GetProperty("previous_page_uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("next_page_uri").ValueKind);
    }

    [Theory]
    [InlineData("PageSize=5000", HttpStatusCode.OK)]
    [InlineData("PageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("DateSent%3C=yesterday", HttpStatusCode.BadRequest)]
    public async Task The_page_size_is_capped_at_1000_and_a_bad_query_is_400(string query, HttpStatusCode expected)
    {
        var (status, json) = await GetAsync($"{MessagesPath}?{query}");

        Assert.Equal(expected, status);
        Assert.Equal(expected == HttpStatusCode.OK ? 1000 : 20001, expected == HttpStatusCode.OK ? json.GetProperty("page_size").GetInt32() : json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Lists_take_the_same_Basic_auth_and_account_as_creates()
    {
        var (wrong, json) = await GetAsync(MessagesPath, password: "not-the-token");
        var (other, _) = await GetAsync($"/2010-04-01/Accounts/AC{new string('1', 32)}/Calls.json");

        Assert.Equal((HttpStatusCode.Unauthorized, 20003, HttpStatusCode.NotFound), (wrong, json.GetProperty("code").GetInt32(), other));
    }

    public void Dispose()
    {
        _twilio.Dispose();
        _http.Dispose();
    }
}
