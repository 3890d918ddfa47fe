using System.Text;
using System.Text.Json;
using AiPhoneCoverage.Sdk;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>Looking a text or call up in Twilio's lists before a resend, against a WireMock.Net stand-in for Twilio.</summary>
public sealed class FindSentTests : IDisposable
{
    private const string Hub = "+15005550006";
    private const string Tech = "+14155550100";
    private static readonly string MessagesPath = $"/2010-04-01/Accounts/{TestAccounts.AccountSid}/Messages.json";
    private static readonly string CallsPath = $"/2010-04-01/Accounts/{TestAccounts.AccountSid}/Calls.json";
    private static readonly DateTimeOffset Since = new(2026, 12, 7, 11, 0, 0, TimeSpan.Zero);

    private readonly WireMockServer _server = WireMockServer.Start();

    private TelephonyAccount Account => TestAccounts.Account(apiBaseUrl: new Uri(_server.Url!));

    private static SentLookup Texts => new(OutboundChannel.Sms, Hub, Tech, Since);

    private static string Sid(string prefix, int n) => prefix + n.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Message(int n, string created, string body = "Leak at 4B") =>
        new() { ["sid"] = Sid("SM", n), ["date_created"] = created, ["date_sent"] = null, ["body"] = body, ["status"] = "queued" };

    private static string Page(string array, IEnumerable<Dictionary<string, object?>> items, string? next) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { [array] = items, ["next_page_uri"] = next, ["page_size"] = 100 });

    private void Answer(string path, string body, string? page = null, int status = 200)
    {
        var request = Request.Create().WithPath(path).UsingGet();
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        if (page is null)
        {
            _server.Given(request).AtPriority(10).RespondWith(response);
        }
        else
        {
            _server.Given(request.WithParam("Page", page)).AtPriority(1).RespondWith(response);
        }
    }

    private static string Next(string path, int page) => $"{path}?To=%2B14155550100&From=%2B15005550006&PageSize=100&Page={page}&PageToken=PA{page}";

    [Fact]
    public async Task Texts_are_listed_by_To_and_From_without_a_date_filter_and_kept_from_Since_on()
    {
        Answer(MessagesPath, Page("messages", [
            Message(3, "Mon, 07 Dec 2026 11:46:10 +0000", "second"),
            Message(2, "Mon, 07 Dec 2026 11:00:00 +0000", "first"),
            Message(1, "Mon, 07 Dec 2026 10:59:59 +0000", "before")], null));

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(
            [new SentRecord(Sid("SM", 3), new DateTimeOffset(2026, 12, 7, 11, 46, 10, TimeSpan.Zero), "second"), new SentRecord(Sid("SM", 2), Since, "first")],
            result.Value);
        var request = _server.LogEntries.Single().RequestMessage;
        Assert.Equal(
            new Dictionary<string, string> { ["To"] = Tech, ["From"] = Hub, ["PageSize"] = "100" },
            request.Query!.ToDictionary(q => q.Key, q => q.Value.Single()));
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestAccounts.AccountSid}:{TestAccounts.AuthToken}"));
        Assert.Equal($"Basic {basic}", request.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Calls_come_from_Calls_json_without_a_body_and_dates_with_any_offset_are_compared_as_instants()
    {
        Answer(CallsPath, Page("calls", [
            new() { ["sid"] = Sid("CA", 2), ["date_created"] = "Mon, 07 Dec 2026 06:30:00 -0500", ["start_time"] = null },
            new() { ["sid"] = Sid("CA", 1), ["date_created"] = "Mon, 07 Dec 2026 05:59:00 -0500", ["start_time"] = null }], null));

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts with { Channel = OutboundChannel.Call }, CancellationToken.None);

        var record = Assert.Single(result.Value!);
        Assert.Equal((Sid("CA", 2), Since.AddMinutes(30), (string?)null), (record.Id, record.CreatedAt.ToUniversalTime(), record.Body));
    }

    [Fact]
    public async Task Pages_are_followed_by_next_page_uri_from_the_API_root_until_an_older_record_shows()
    {
        Answer(MessagesPath, Page("messages", [Message(5, "Mon, 07 Dec 2026 11:50:00 +0000")], Next(MessagesPath, 1)));
        Answer(MessagesPath, Page("messages", [Message(4, "Mon, 07 Dec 2026 11:40:00 +0000")], Next(MessagesPath, 2)), page: "1");
        Answer(MessagesPath, Page("messages", [Message(3, "Mon, 07 Dec 2026 11:30:00 +0000"), Message(2, "Mon, 07 Dec 2026 10:00:00 +0000")], Next(MessagesPath, 3)), page: "2");
        Answer(MessagesPath, Page("messages", [Message(1, "Mon, 07 Dec 2026 09:00:00 +0000")], null), page: "3");

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal([Sid("SM", 5), Sid("SM", 4), Sid("SM", 3)], result.Value!.Select(r => r.Id));
        Assert.Equal([null, "1", "2"], _server.LogEntries.Select(e => e.RequestMessage.Query!.TryGetValue("Page", out var p) ? p.Single() : null));
    }

    [Fact]
    public async Task Five_full_pages_still_in_range_are_an_unknown_outcome_not_a_partial_list()
    {
        Answer(MessagesPath, Page("messages", [Message(9, "Mon, 07 Dec 2026 11:50:00 +0000")], Next(MessagesPath, 1)));
        for (var page = 1; page <= 5; page++)
        {
            Answer(MessagesPath, Page("messages", [Message(9 - page, "Mon, 07 Dec 2026 11:45:00 +0000")], Next(MessagesPath, page + 1)), page: $"{page}");
        }

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal(("lookup_truncated", ErrorKind.Unknown), (result.Error!.Code, result.Error.Kind));
        Assert.Equal(5, _server.LogEntries.Count);
    }

    [Fact]
    public async Task A_next_page_outside_the_accounts_list_is_not_followed()
    {
        Answer(MessagesPath, Page("messages", [Message(2, "Mon, 07 Dec 2026 11:50:00 +0000")], $"/2010-04-01/Accounts/{TestAccounts.OtherAccountSid}/Messages.json?Page=1"));

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal(("unexpected_answer", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
        Assert.Single(_server.LogEntries);
    }

    [Theory]
    [InlineData("""{"messages": "none"}""", "no 'messages' list")]
    [InlineData("""{"messages": [{"sid": "XX1", "date_created": "Mon, 07 Dec 2026 11:50:00 +0000"}]}""", "no valid sid")]
    [InlineData("""{"messages": [{"sid": "SM00000000000000000000000000000001", "date_created": "2026-12-07T11:50:00Z"}]}""", "no valid date_created")]
    [InlineData("<html>", "not JSON")]
    public async Task An_unreadable_page_is_transient_and_says_why(string body, string why)
    {
        Answer(MessagesPath, body);

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal(("unexpected_answer", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
        Assert.Contains(why, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, 20003, "bad_credentials", ErrorKind.Permanent)]
    [InlineData(404, 20404, "invalid_request", ErrorKind.Permanent)]
    [InlineData(429, 20429, "throttled", ErrorKind.Transient)]
    [InlineData(503, 20500, "twilio_unavailable", ErrorKind.Transient)]
    public async Task Error_answers_map_as_for_a_send_and_never_show_the_token(int status, int code, string expected, ErrorKind kind)
    {
        Answer(MessagesPath, $$"""{"code": {{code}}, "message": "refused for {{TestAccounts.AuthToken}} to +14155550100", "status": {{status}}}""", status: status);

        var result = await ProviderFactory.Create().FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal((expected, kind), (result.Error!.Code, result.Error.Kind));
        Assert.DoesNotContain(TestAccounts.AuthToken, result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Tech, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_that_times_out_changed_nothing_so_it_is_transient()
    {
        _server.Given(Request.Create().WithPath(MessagesPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"messages": []}""").WithDelay(TimeSpan.FromSeconds(5)));

        var result = await ProviderFactory.Create(timeout: TimeSpan.FromMilliseconds(300)).FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public async Task A_provider_built_for_SDK_1_0_gets_the_default_lookup_unsupported()
    {
        ITelephonyProvider provider = new OldProvider();

        var result = await provider.FindSentAsync(Account, Texts, CancellationToken.None);

        Assert.Equal(("lookup_unsupported", ErrorKind.Unknown), (result.Error!.Code, result.Error.Kind));
    }

    public void Dispose() => _server.Dispose();

    /// <summary>A provider that implements only the SDK 1.0 members.</summary>
    private sealed class OldProvider : ITelephonyProvider
    {
        public Result<CallEvent> ParseWebhook(TelephonyAccount account, TelephonyWebhook webhook) => throw new NotSupportedException();

        public TelephonyResponse Render(TelephonyAccount account, IReadOnlyList<CallAction> actions, CallRoutes routes) => throw new NotSupportedException();

        public Task<Result<string>> SendSmsAsync(TelephonyAccount account, OutboundMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Result<string>> PlaceCallAsync(TelephonyAccount account, OutboundMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
