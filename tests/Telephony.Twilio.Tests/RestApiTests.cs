using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>Texts and notification calls against a simulated Twilio REST API (WireMock.Net).</summary>
public sealed class RestApiTests : IDisposable
{
    private const string Text = "Emergency at Maple Court 4B: active leak through the ceiling.";

    private static readonly string MessagesPath = $"/2010-04-01/Accounts/{TestAccounts.AccountSid}/Messages.json";

    private static readonly string CallsPath = $"/2010-04-01/Accounts/{TestAccounts.AccountSid}/Calls.json";

    private static readonly OutboundMessage Sms = new("+15005550006", "+14155550100", Text, "outbox-17");

    private static readonly OutboundMessage Call = new("+15005550006", "+14155550100", Text, "outbox-18", "/telephony/twilio/demo/reply?escalation=42");

    private readonly WireMockServer _server = WireMockServer.Start();

    private TelephonyAccount Account => TestAccounts.Account(voice: "Polly.Joanna-Neural", language: "en-US", apiBaseUrl: new Uri(_server.Url!));

    private void Answer(string path, int status, string body, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        _server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(delay is null ? response : response.WithDelay(delay.Value));
    }

    private static string TwilioError(int status, int code, string message) =>
        $$"""{"code": {{code}}, "message": "{{message}}", "more_info": "https://www.twilio.com/docs/errors/{{code}}", "status": {{status}}}""";

    private Dictionary<string, string> SentForm()
    {
        var form = HttpUtility.ParseQueryString(_server.LogEntries.Single().RequestMessage.Body!);
        return form.AllKeys.ToDictionary(k => k!, k => form[k]!, StringComparer.Ordinal);
    }

    private string SentHeader(string name) => _server.LogEntries.Single().RequestMessage.Headers![name].Single();

    [Fact]
    public async Task A_text_is_a_form_post_with_basic_auth_and_the_idempotency_token()
    {
        Answer(MessagesPath, 201, """{"sid": "SM0123456789abcdef0123456789abcdef", "status": "queued"}""");

        var result = await ProviderFactory.Create().SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal("SM0123456789abcdef0123456789abcdef", result.Value);
        Assert.Equal(new Dictionary<string, string> { ["To"] = "+14155550100", ["From"] = "+15005550006", ["Body"] = Text }, SentForm());
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestAccounts.AccountSid}:{TestAccounts.AuthToken}"));
        Assert.Equal($"Basic {basic}", SentHeader("Authorization"));
        Assert.Equal("outbox-17", SentHeader("I-Twilio-Idempotency-Token"));
        Assert.StartsWith("application/x-www-form-urlencoded", SentHeader("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_answer_is_accepted_too()
    {
        Answer(MessagesPath, 200, """{"sid": "SM0123456789abcdef0123456789abcdef"}""");

        var result = await ProviderFactory.Create().SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.Equal("SM0123456789abcdef0123456789abcdef", result.Value);
    }

    [Fact]
    public async Task A_call_reads_the_text_and_posts_the_key_to_the_absolute_reply_path()
    {
        Answer(CallsPath, 201, """{"sid": "CA0123456789abcdef0123456789abcdef", "status": "queued"}""");

        var result = await ProviderFactory.Create().PlaceCallAsync(Account, Call, CancellationToken.None);

        Assert.Equal("CA0123456789abcdef0123456789abcdef", result.Value);
        var form = SentForm();
        Assert.Equal(("+14155550100", "+15005550006"), (form["To"], form["From"]));
        Assert.Equal("outbox-18", SentHeader("I-Twilio-Idempotency-Token"));
        var twiml = XDocument.Parse(form["Twiml"]).Root!;
        Assert.Equal(["Gather", "Say"], twiml.Elements().Select(e => e.Name.LocalName));
        var gather = twiml.Element("Gather")!;
        Assert.Equal(
            ("dtmf", "1", "https://hub.example.com/telephony/twilio/demo/reply?escalation=42", "POST"),
            (gather.Attribute("input")?.Value, gather.Attribute("numDigits")?.Value, gather.Attribute("action")?.Value, gather.Attribute("method")?.Value));
        var prompt = gather.Elements().Single();
        Assert.Equal(("Say", $"{Text} Press 1 to accept."), (prompt.Name.LocalName, prompt.Value));
        Assert.Equal(("Polly.Joanna-Neural", "en-US"), (prompt.Attribute("voice")?.Value, prompt.Attribute("language")?.Value));
        Assert.Contains("No key was pressed", twiml.Element("Say")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_without_a_reply_path_is_a_programming_error() =>
        await Assert.ThrowsAsync<ArgumentException>(() => ProviderFactory.Create().PlaceCallAsync(Account, Sms, CancellationToken.None));

    [Fact]
    public async Task A_call_whose_TwiML_is_over_Twilios_limit_is_refused_without_a_request()
    {
        var result = await ProviderFactory.Create().PlaceCallAsync(Account, Call with { Text = new string('a', 4000) }, CancellationToken.None);

        Assert.Equal(("invalid_request", ErrorKind.Permanent), (result.Error!.Code, result.Error.Kind));
        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task Without_an_api_base_url_it_posts_to_Twilios_public_API()
    {
        var handler = new RecordingHandler();
        var provider = ProviderFactory.Create(handler: () => handler);

        var result = await provider.SendSmsAsync(TestAccounts.Account(), Sms, CancellationToken.None);

        Assert.Equal("SMfromhandler", result.Value);
        Assert.Equal(new Uri($"https://api.twilio.com{MessagesPath}"), handler.Sent.Single());
    }

    [Theory]
    [InlineData(401, 20003, "Authenticate", "bad_credentials")]
    [InlineData(403, 20003, "Authenticate", "bad_credentials")]
    [InlineData(400, 21211, "Invalid 'To' Phone Number", "invalid_request")]
    [InlineData(403, 20008, "Resource not accessible with Test Account Credentials", "invalid_request")]
    [InlineData(404, 20404, "The requested resource was not found", "invalid_request")]
    public async Task A_refused_request_is_permanent_and_says_what_Twilio_said(int status, int code, string message, string expected)
    {
        Answer(MessagesPath, status, TwilioError(status, code, message));

        var result = await ProviderFactory.Create().SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.Equal((expected, ErrorKind.Permanent), (result.Error!.Code, result.Error.Kind));
        Assert.Contains($"{code}: {message}", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains($"HTTP {status}", result.Error.Message, StringComparison.Ordinal);
        Assert.Single(_server.LogEntries);
    }

    [Theory]
    [InlineData(429, "throttled")]
    [InlineData(500, "twilio_unavailable")]
    [InlineData(503, "twilio_unavailable")]
    public async Task Throttling_and_server_errors_are_transient_and_not_retried_here(int status, string expected)
    {
        Answer(CallsPath, status, TwilioError(status, 20429, "Too Many Requests"));

        var result = await ProviderFactory.Create().PlaceCallAsync(Account, Call, CancellationToken.None);

        Assert.Equal((expected, ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task An_error_answer_that_is_not_JSON_still_maps_by_status()
    {
        _server.Given(Request.Create().WithPath(MessagesPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(502).WithBody("<html>Bad gateway</html>"));

        var result = await ProviderFactory.Create().SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.Equal(("twilio_unavailable", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
        Assert.DoesNotContain("html", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_answer_without_a_sid_is_unknown()
    {
        Answer(MessagesPath, 201, """{"status": "queued"}""");

        var result = await ProviderFactory.Create().SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.Equal(("unexpected_answer", ErrorKind.Unknown), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public async Task A_slow_answer_past_the_named_clients_timeout_is_unknown()
    {
        Answer(MessagesPath, 201, """{"sid": "SM0123456789abcdef0123456789abcdef"}""", delay: TimeSpan.FromSeconds(2));

        var result = await ProviderFactory.Create(timeout: TimeSpan.FromMilliseconds(300)).SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public async Task A_refused_connection_is_transient()
    {
        var result = await ProviderFactory.Create().SendSmsAsync(Account with { ApiBaseUrl = new Uri($"http://127.0.0.1:{ClosedPort()}") }, Sms, CancellationToken.None);

        Assert.Equal(("unreachable", ErrorKind.Transient), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_propagates()
    {
        Answer(MessagesPath, 201, """{"sid": "SM0123456789abcdef0123456789abcdef"}""", delay: TimeSpan.FromSeconds(2));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ProviderFactory.Create().SendSmsAsync(Account, Sms, cancel.Token));
    }

    [Fact]
    public async Task The_hubs_pipeline_giving_up_on_time_is_unknown_and_an_open_circuit_is_transient()
    {
        var timedOut = ProviderFactory.Create(handler: () => new ThrowingHandler(new Polly.Timeout.TimeoutRejectedException("total timeout")));
        var broken = ProviderFactory.Create(handler: () => new ThrowingHandler(new Polly.CircuitBreaker.BrokenCircuitException("open")));

        var afterTimeout = await timedOut.SendSmsAsync(Account, Sms, CancellationToken.None);
        var whileOpen = await broken.PlaceCallAsync(Account, Call, CancellationToken.None);

        Assert.Equal(("timeout", ErrorKind.Unknown), (afterTimeout.Error!.Code, afterTimeout.Error.Kind));
        Assert.Equal(("unreachable", ErrorKind.Transient), (whileOpen.Error!.Code, whileOpen.Error.Kind));
    }

    [Fact]
    public async Task Any_other_exception_is_a_programming_error_and_is_not_swallowed() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProviderFactory.Create(handler: () => new ThrowingHandler(new InvalidOperationException("bug"))).SendSmsAsync(Account, Sms, CancellationToken.None));

    [Theory]
    [InlineData("ACnot-an-account", TestAccounts.AuthToken)]
    [InlineData(TestAccounts.AccountSid, "")]
    public async Task Missing_or_malformed_credentials_are_refused_before_any_request(string accountSid, string token)
    {
        var result = await ProviderFactory.Create().SendSmsAsync(Account with { AccountId = accountSid, AuthToken = token }, Sms, CancellationToken.None);

        Assert.Equal(("bad_credentials", ErrorKind.Permanent), (result.Error!.Code, result.Error.Kind));
        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task Twilios_message_loses_numbers_the_token_and_the_text_before_it_reaches_an_error()
    {
        Answer(MessagesPath, 400, TwilioError(400, 21610, $"Attempt to send to unsubscribed recipient +1 (415) 555-0100 with {TestAccounts.AuthToken}: {Text}"));

        var result = await ProviderFactory.Create().SendSmsAsync(Account, Sms, CancellationToken.None);

        Assert.Contains("21610: Attempt to send to unsubscribed recipient [number]", result.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("555", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestAccounts.AuthToken, result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Text, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auth_token_and_the_text_never_appear_in_any_error()
    {
        var provider = ProviderFactory.Create(timeout: TimeSpan.FromMilliseconds(300));
        var errors = new List<ProviderError>();
        foreach (var (status, body) in new[] { (401, TwilioError(401, 20003, "Authenticate")), (400, TwilioError(400, 21211, "Invalid 'To' Phone Number")), (500, "oops"), (429, "{}"), (201, "{}") })
        {
            _server.Reset();
            Answer(MessagesPath, status, body);
            Answer(CallsPath, status, body);
            errors.Add((await provider.SendSmsAsync(Account, Sms, CancellationToken.None)).Error!);
            errors.Add((await provider.PlaceCallAsync(Account, Call, CancellationToken.None)).Error!);
        }

        _server.Reset();
        Answer(MessagesPath, 201, "{}", delay: TimeSpan.FromSeconds(2));
        errors.Add((await provider.SendSmsAsync(Account, Sms, CancellationToken.None)).Error!);
        errors.Add((await provider.SendSmsAsync(Account with { ApiBaseUrl = new Uri($"http://127.0.0.1:{ClosedPort()}") }, Sms, CancellationToken.None)).Error!);

        Assert.Equal(12, errors.Count);
        Assert.All(errors, e => Assert.DoesNotContain(TestAccounts.AuthToken, e.ToString(), StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain(Text, e.ToString(), StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestAccounts.AccountSid}:{TestAccounts.AuthToken}")), e.ToString(), StringComparison.Ordinal));
    }

    public void Dispose() => _server.Stop();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class ThrowingHandler(Exception exception) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => throw exception;
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<Uri> Sent { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"sid":"SMfromhandler"}""") });
        }
    }
}
