using System.Text;
using System.Text.Json;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>
/// <c>POST /__simulate/answer</c>: the phone of a notification call the hub placed picks up and presses keys. The fake
/// hub checks every signature with Twilio's own RequestValidator.
/// </summary>
public sealed class TwilioSimulatedAnswerTests : IDisposable
{
    private const string Tech = "+16175552000";
    private const string HubNumber = "+16175550100";
    private readonly TwilioSimulator _twilio = new(0);
    private readonly FakeHub _hub = new(TwilioSimulator.DemoAuthToken);
    private readonly HttpClient _http = new();
    private readonly TwilioRestClient _rest;

    public TwilioSimulatedAnswerTests()
    {
        _rest = new TwilioRestClient(_http, _twilio);
        _hub.On("/telephony/twilio/demo/reply", r => r["Digits"] == "1"
            ? "<Response><Say>Accepted. Thank you.</Say><Hangup/></Response>"
            : "<Response><Say>Not accepted.</Say><Hangup/></Response>");
    }

    /// <summary>The TwiML the hub's notification calls carry (plugins/Telephony.Twilio/NotificationCallTwiml.cs).</summary>
    private string Notification(string text, string query = "page=7") =>
        $"""<Response><Gather input="dtmf" numDigits="1" action="{_hub.Url("/telephony/twilio/demo/reply?" + query).ToString().Replace("&", "&amp;", StringComparison.Ordinal)}" method="POST"><Say>{text} Press 1 to accept.</Say></Gather><Say>No key was pressed. Goodbye.</Say></Response>""";

    private async Task<string> PlaceAsync(string twiml, string to = Tech)
    {
        var (status, json, _) = await _rest.PostAsync("Calls", new() { ["To"] = to, ["From"] = HubNumber, ["Twiml"] = twiml });
        Assert.Equal(201, status);
        return json.GetProperty("sid").GetString()!;
    }

    private async Task<(int Status, JsonElement Json)> AnswerAsync(Dictionary<string, string> fields)
    {
        using var response = await _http.PostAsync(new Uri(_twilio.Url + "/__simulate/answer"), new FormUrlEncodedContent(fields));
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Pressing_1_posts_the_digits_to_the_gather_action_signed_and_the_hubs_answer_is_heard_and_recorded()
    {
        var sid = await PlaceAsync(Notification("Leak in unit 4B at Maple Court.", "page=7&step=2"));

        var (status, json) = await AnswerAsync(new() { ["To"] = Tech });

        Assert.Equal(200, status);
        var received = Assert.Single(_hub.Received);
        Assert.True(received.SignatureValid);
        Assert.Equal(("POST", "/telephony/twilio/demo/reply"), (received.Method, received.Path));
        Assert.Equal((sid, _twilio.AccountSid, HubNumber, Tech, "1"), (received["CallSid"], received["AccountSid"], received["From"], received["To"], received["Digits"]));
        Assert.Equal(("in-progress", "outbound-api", "2010-04-01"), (received["CallStatus"], received["Direction"], received["ApiVersion"]));
        Assert.Equal(_hub.Url("/telephony/twilio/demo/reply?page=7&step=2").ToString(), json.GetProperty("answer").GetProperty("exchanges")[0].GetProperty("url").GetString());
        Assert.Equal(
            [("hub", "Leak in unit 4B at Maple Court. Press 1 to accept."), ("caller", "[pressed 1]"), ("hub", "Accepted. Thank you.")],
            json.GetProperty("answer").GetProperty("transcript").EnumerateArray().Select(l => (l.GetProperty("speaker").GetString(), l.GetProperty("text").GetString())));
        Assert.Equal("hangup", json.GetProperty("answer").GetProperty("ending").GetProperty("reason").GetString());
        var call = Assert.Single(_twilio.Calls);
        Assert.Equal("completed", call.Status);
        var exchange = Assert.Single(Assert.Single(call.Answers).Exchanges);
        Assert.Equal((TwilioWebhookKind.GatherAction, 200), (exchange.Kind, exchange.StatusCode));
        Assert.Contains("Accepted. Thank you.", exchange.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_keys_are_posted_as_given_and_a_hub_that_refuses_ends_the_call_with_its_status()
    {
        _hub.On("/telephony/twilio/demo/reply", _ => Task.FromResult((404, "no notification call is waiting for a key press")));
        var sid = await PlaceAsync(Notification("Leak."));

        var (status, json) = await AnswerAsync(new() { ["CallSid"] = sid, ["Digits"] = "2" });

        Assert.Equal(200, status);
        Assert.Equal("2", Assert.Single(_hub.Received)["Digits"]);
        var exchange = json.GetProperty("answer").GetProperty("exchanges")[0];
        Assert.Equal((404, "no notification call is waiting for a key press"), (exchange.GetProperty("statusCode").GetInt32(), exchange.GetProperty("responseBody").GetString()));
        Assert.Equal("error", json.GetProperty("answer").GetProperty("ending").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Without_a_CallSid_the_latest_queued_call_to_the_number_is_answered_then_the_one_before_then_none()
    {
        var first = await PlaceAsync(Notification("First page."));
        var other = await PlaceAsync(Notification("For someone else."), "+16175553000");
        var second = await PlaceAsync(Notification("Second page."));

        var answers = new List<(int, JsonElement)>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await AnswerAsync(new() { ["To"] = Tech }));
        }

        Assert.Equal([second, first], answers.Take(2).Select(a => a.Item2.GetProperty("callSid").GetString()));
        Assert.Equal(404, answers[2].Item1);
        Assert.Equal($"no call to {Tech} is waiting to be answered", answers[2].Item2.GetProperty("error").GetString());
        Assert.Equal("queued", _twilio.Calls.Single(c => c.Sid == other).Status);

        var again = await AnswerAsync(new() { ["CallSid"] = first });
        Assert.Equal(200, again.Item1);
        Assert.Equal(2, _twilio.Calls.Single(c => c.Sid == first).Answers.Count);
    }

    [Fact]
    public async Task A_call_placed_with_a_Url_fetches_it_signed_when_answered_then_runs_its_gather()
    {
        _hub.On("/telephony/twilio/demo/notify", r => r["CallStatus"] == "in-progress" ? Notification("From a URL.") : "<Response><Hangup/></Response>");
        var (_, created, _) = await _rest.PostAsync("Calls", new() { ["To"] = Tech, ["From"] = HubNumber, ["Url"] = _hub.Url("/telephony/twilio/demo/notify").ToString() });

        var (status, json) = await AnswerAsync(new() { ["To"] = Tech, ["Digits"] = "1" });

        Assert.Equal(200, status);
        Assert.Equal(["/telephony/twilio/demo/notify", "/telephony/twilio/demo/reply"], _hub.Received.Select(r => r.Path));
        Assert.All(_hub.Received, r => Assert.True(r.SignatureValid));
        Assert.Equal(created.GetProperty("sid").GetString(), _hub.Received[0]["CallSid"]);
        Assert.Equal(["callAnswered", "gatherAction"], json.GetProperty("answer").GetProperty("exchanges").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task The_ledger_lists_the_calls_to_one_number_with_their_status_and_answers()
    {
        await PlaceAsync(Notification("Mine."));
        await PlaceAsync(Notification("Not mine."), "+16175553000");
        await AnswerAsync(new() { ["To"] = Tech });

        using var response = await _http.GetAsync(new Uri(_twilio.Url + "/__ledger/calls?number=%2B16175552000"));
        var calls = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var call = Assert.Single(calls.EnumerateArray());
        Assert.Equal(("completed", 1), (call.GetProperty("status").GetString(), call.GetProperty("answers").GetArrayLength()));
        Assert.Contains("Mine.", call.GetProperty("twiml").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Digits", "x", 400, "Digits must be keys of a phone pad")]
    [InlineData("Digits", "123456789012345678901234567890123", 400, "Digits must be keys of a phone pad")]
    [InlineData("CallSid", "CA123", 400, "CallSid must be CA followed by 32 lowercase hex digits")]
    [InlineData("To", "6175552000", 400, "To must be a phone number in E.164")]
    [InlineData("CallSid", "CA00000000000000000000000000000000", 404, "no call CA00000000000000000000000000000000 in the ledger")]
    public async Task Bad_input_or_an_unknown_call_is_refused_and_nothing_is_posted(string field, string value, int expected, string error)
    {
        await PlaceAsync(Notification("Leak."));

        var (status, json) = await AnswerAsync(new() { [field] = value });

        Assert.Equal(expected, status);
        Assert.StartsWith(error, json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(_hub.Received);
        Assert.Equal("queued", Assert.Single(_twilio.Calls).Status);
    }

    [Fact]
    public async Task A_gather_without_an_absolute_action_cannot_be_answered_and_the_call_is_not_offered_again()
    {
        await PlaceAsync("""<Response><Gather numDigits="1" action="/reply"><Say>Press 1.</Say></Gather></Response>""");

        var (status, json) = await AnswerAsync(new() { ["To"] = Tech });
        var (next, _) = await AnswerAsync(new() { ["To"] = Tech });

        Assert.Equal(409, status);
        Assert.Contains("without an absolute action URL", json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, next);
        Assert.Equal(CallEndReason.Error, Assert.Single(Assert.Single(_twilio.Calls).Answers).Ending.Reason);
    }

    [Fact]
    public async Task A_JSON_request_works_as_a_form_does()
    {
        await PlaceAsync(Notification("Leak."));

        using var content = new StringContent("""{"to":"+16175552000","digits":1}""", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(_twilio.Url + "/__simulate/answer"), content);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("1", Assert.Single(_hub.Received)["Digits"]);
    }

    public void Dispose()
    {
        _twilio.Dispose();
        _hub.Dispose();
        _http.Dispose();
    }
}
