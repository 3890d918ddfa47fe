using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The scripted caller against a fake hub that answers scripted TwiML and checks every signature with Twilio's validator.</summary>
public sealed class ScriptedCallerTests : IDisposable
{
    private const string Account = TwilioSimulator.DemoAccountSid;
    private const string Token = TwilioSimulator.DemoAuthToken;
    private readonly FakeHub _hub = new(Token);
    private readonly HttpClient _http = new();

    private ScriptedCallRequest Call(params string[] turns) => new()
    {
        VoiceUrl = _hub.Url("/voice"),
        StatusCallbackUrl = _hub.Url("/status"),
        AccountSid = Account,
        AuthToken = Token,
        From = "+16175551000",
        To = "+16175550100",
        Turns = turns,
    };

    [Fact]
    public async Task A_speech_turn_is_posted_to_the_gather_action_with_the_standard_parameters_all_signed()
    {
        _hub.On("/voice", """
                <Response>
                  <Gather input="speech" action="turn?n=1" speechTimeout="auto">
                    <Say voice="Polly.Joanna-Neural">Elm Court maintenance. What is the problem?</Say>
                  </Gather>
                </Response>
                """)
            .On("/turn", r => r["SpeechResult"] == "My kitchen sink is leaking" ? "<Response><Say>A technician is on the way.</Say><Hangup/></Response>" : "<Response/>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call("My kitchen sink is leaking"));

        Assert.Matches("^CA[0-9a-f]{32}$", call.CallSid);
        Assert.Equal(
            [(CallSpeaker.Hub, "Elm Court maintenance. What is the problem?"), (CallSpeaker.Caller, "My kitchen sink is leaking"), (CallSpeaker.Hub, "A technician is on the way.")],
            call.Transcript.Select(l => (l.Speaker, l.Text)));
        Assert.Equal(CallEnding.Hangup(), call.Ending);
        var received = _hub.Received;
        Assert.Equal(["/voice", "/turn", "/status"], received.Select(r => r.Path));
        Assert.All(received, r =>
        {
            Assert.True(r.SignatureValid);
            Assert.Equal(call.CallSid, r["CallSid"]);
            Assert.Equal(Account, r["AccountSid"]);
            Assert.Equal(("+16175551000", "+16175550100", "+16175551000", "+16175550100"), (r["From"], r["To"], r["Caller"], r["Called"]));
            Assert.Equal(("inbound", "2010-04-01"), (r["Direction"], r["ApiVersion"]));
            Assert.NotNull(r.IdempotencyToken);
            Assert.StartsWith("TwilioProxy/", r.UserAgent, StringComparison.Ordinal);
        });
        Assert.Equal(["ringing", "in-progress", "completed"], received.Select(r => r["CallStatus"]));
        Assert.Equal("0.92", received[1]["Confidence"]);
        Assert.False(received[0].Form.ContainsKey("SpeechResult"));
        Assert.Equal(_hub.Url("/turn?n=1"), call.Exchanges[1].Url);
        Assert.Equal([TwilioWebhookKind.IncomingCall, TwilioWebhookKind.GatherAction, TwilioWebhookKind.StatusCallback], call.Exchanges.Select(e => e.Kind));
        Assert.Equal([200, 200, 204], call.Exchanges.Select(e => e.StatusCode));
        Assert.Contains("technician", call.Exchanges[1].ResponseBody, StringComparison.Ordinal);
        Assert.Equal(call.Exchanges.Select(e => e.Url), call.Requests.Select(r => r.Url));
    }

    [Fact]
    public async Task Pressed_keys_are_posted_as_Digits_and_speech_to_a_keys_only_gather_is_not_heard()
    {
        _hub.On("/voice", """<Response><Gather action="/menu" input="dtmf" numDigits="1"><Say>Press 1 for an emergency.</Say></Gather></Response>""")
            .On("/menu", """<Response><Gather action="/menu2"><Say>Press 2 to confirm.</Say></Gather><Say>Goodbye.</Say></Response>""")
            .On("/menu2", "<Response/>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call("press:1", "yes please"));

        var menu = _hub.Received.Single(r => r.Path == "/menu");
        Assert.Equal("1", menu["Digits"]);
        Assert.False(menu.Form.ContainsKey("SpeechResult"));
        Assert.DoesNotContain(_hub.Received, r => r.Path == "/menu2");
        Assert.Equal(["Press 1 for an emergency.", "[pressed 1]", "Press 2 to confirm.", "yes please", "Goodbye."], call.Transcript.Select(l => l.Text));
        Assert.Equal(CallEnding.Hangup(), call.Ending);
    }

    [Fact]
    public async Task A_redirect_is_followed_relative_to_the_current_document()
    {
        _hub.On("/voice", "<Response><Say>One moment.</Say><Redirect>/calls/next?step=2</Redirect><Say>never said</Say></Response>")
            .On("/calls/next", "<Response><Say>Thanks for waiting.</Say></Response>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call());

        Assert.Equal(["One moment.", "Thanks for waiting."], call.Transcript.Select(l => l.Text));
        Assert.Equal(TwilioWebhookKind.Redirect, call.Exchanges[1].Kind);
        Assert.Equal(_hub.Url("/calls/next?step=2"), call.Exchanges[1].Url);
        Assert.Equal("in-progress", _hub.Received[1]["CallStatus"]);
    }

    [Fact]
    public async Task When_the_turns_run_out_an_empty_result_is_posted_only_if_actionOnEmptyResult_is_true()
    {
        _hub.On("/voice", """<Response><Gather input="speech" action="/heard"><Say>Anything else?</Say></Gather><Redirect>/empty</Redirect></Response>""")
            .On("/empty", """<Response><Gather input="speech" action="/heard" actionOnEmptyResult="true"><Say>Are you still there?</Say></Gather></Response>""")
            .On("/heard", r => r.Form.ContainsKey("SpeechResult") ? "<Response/>" : "<Response><Say>I did not hear anything. Goodbye.</Say><Hangup/></Response>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call());

        Assert.Equal(["/voice", "/empty", "/heard", "/status"], _hub.Received.Select(r => r.Path));
        var heard = _hub.Received[2];
        Assert.False(heard.Form.ContainsKey("SpeechResult"));
        Assert.False(heard.Form.ContainsKey("Digits"));
        Assert.Equal("in-progress", heard["CallStatus"]);
        Assert.Equal(["Anything else?", "Are you still there?", "I did not hear anything. Goodbye."], call.Transcript.Select(l => l.Text));
    }

    [Fact]
    public async Task A_dial_records_the_transfer_and_ends_the_call()
    {
        _hub.On("/voice", """<Response><Say>Connecting you to the on-call technician.</Say><Dial timeout="20"><Number>+16175559999</Number></Dial><Say>never said</Say></Response>""");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call("unused"));

        Assert.Equal(CallEnding.Transfer("+16175559999"), call.Ending);
        Assert.Equal(["/voice", "/status"], _hub.Received.Select(r => r.Path));
        Assert.Equal(["Connecting you to the on-call technician."], call.Transcript.Select(l => l.Text));
    }

    [Fact]
    public async Task A_record_posts_the_recording_and_the_call_ends_after_the_document_its_action_returns()
    {
        _hub.On("/voice", """<Response><Say>Leave a message after the tone.</Say><Record action="/recorded" maxLength="120"/></Response>""")
            .On("/recorded", """<Response><Say>Thank you, we will call you back.</Say><Gather input="speech" action="/never"/></Response>""");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call("This is Maria in 1A, the heat is out again since this morning"));

        var recorded = _hub.Received.Single(r => r.Path == "/recorded");
        Assert.Matches("^RE[0-9a-f]{32}$", recorded["RecordingSid"]);
        Assert.Equal($"https://api.twilio.com/2010-04-01/Accounts/{Account}/Recordings/{recorded["RecordingSid"]}", recorded["RecordingUrl"]);
        Assert.True(int.Parse(recorded["RecordingDuration"], CultureInfo.InvariantCulture) > 0);
        Assert.Equal(CallEnding.Recording(recorded["RecordingSid"]), call.Ending);
        Assert.Equal(TwilioWebhookKind.RecordAction, call.Exchanges[1].Kind);
        Assert.Equal(
            ["Leave a message after the tone.", "This is Maria in 1A, the heat is out again since this morning", "Thank you, we will call you back."],
            call.Transcript.Select(l => l.Text));
        Assert.DoesNotContain(_hub.Received, r => r.Path == "/never");
    }

    [Fact]
    public async Task The_final_status_callback_reports_completed_with_duration_sequence_and_timestamp()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 3, 20, 0, TimeSpan.Zero));
        // Each answer takes 14 s of the fake clock: under Twilio's 15 s limit, which runs on the same clock.
        _hub.On("/voice", _ =>
            {
                clock.Advance(TimeSpan.FromSeconds(14));
                return """<Response><Gather input="speech" action="/turn"><Say>Hello.</Say></Gather></Response>""";
            })
            .On("/turn", _ =>
            {
                clock.Advance(TimeSpan.FromSeconds(14));
                return "<Response><Say>Goodbye.</Say><Hangup/></Response>";
            });

        var call = await new ScriptedCaller(_http, clock).PlaceCallAsync(Call("no heat"));

        var status = _hub.Received.Single(r => r.Path == "/status");
        Assert.True(status.SignatureValid);
        Assert.Equal(("completed", "28", "0", "call-progress-events"), (status["CallStatus"], status["CallDuration"], status["SequenceNumber"], status["CallbackSource"]));
        Assert.Equal("Thu, 15 Jan 2026 03:20:28 +0000", status["Timestamp"]);
        Assert.Equal(TwilioWebhookKind.StatusCallback, call.Exchanges[^1].Kind);
        Assert.Equal([clock.Start.AddSeconds(14), clock.Start.AddSeconds(14), clock.Start.AddSeconds(28)], call.Transcript.Select(l => l.At));
    }

    [Fact]
    public async Task Delivering_twice_records_whether_the_second_answer_is_byte_for_byte_the_first()
    {
        var turns = 0;
        _hub.On("/voice", """<Response><Gather input="speech" action="/turn"><Say>Hello.</Say></Gather></Response>""")
            .On("/turn", _ => $"<Response><Say>Answer {Interlocked.Increment(ref turns)}</Say></Response>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call("hi") with { DeliverTwice = true });

        Assert.Equal([true, false, true], call.Exchanges.Select(e => e.RepeatMatched));
        Assert.Equal(["/voice", "/voice", "/turn", "/turn", "/status", "/status"], _hub.Received.Select(r => r.Path));
        Assert.All(_hub.Received.Chunk(2), pair => Assert.Equal(pair[0].IdempotencyToken, pair[1].IdempotencyToken));
        Assert.Contains("Answer 1", call.Transcript.Select(l => l.Text));
        Assert.Equal(3, call.Requests.Count);
    }

    [Fact]
    public async Task Delivered_once_the_repeat_is_not_judged()
    {
        _hub.On("/voice", "<Response/>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call());

        Assert.All(call.Exchanges, e => Assert.Null(e.RepeatMatched));
    }

    [Theory]
    [InlineData(500, "<Response/>", "HTTP 500")]
    [InlineData(200, "<Response><Say>unclosed", "invalid TwiML")]
    [InlineData(200, "<html><body>Welcome</body></html>", "not <Response>")]
    public async Task A_failing_hub_ends_the_call_with_an_error_and_the_status_callback_still_goes(int status, string body, string detail)
    {
        _hub.On("/voice", _ => Task.FromResult((status, body)));

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call());

        Assert.Equal(CallEndReason.Error, call.Ending.Reason);
        Assert.Contains(detail, call.Ending.Detail, StringComparison.Ordinal);
        Assert.Equal(["/voice", "/status"], _hub.Received.Select(r => r.Path));
    }

    [Fact]
    public async Task A_hub_that_redirects_forever_is_cut_off_at_60_exchanges()
    {
        _hub.On("/voice", "<Response><Redirect>/voice</Redirect></Response>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call());

        Assert.Equal(CallEndReason.Error, call.Ending.Reason);
        Assert.Contains("60", call.Ending.Detail, StringComparison.Ordinal);
        Assert.Equal(60, _hub.Received.Count(r => r.Path == "/voice"));
        Assert.Equal(61, call.Exchanges.Count);
    }

    [Fact]
    public async Task A_hub_that_does_not_answer_within_15_seconds_ends_the_call_with_an_error()
    {
        var clock = new FakeTimeProvider();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<(int, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _hub.On("/voice", _ =>
        {
            arrived.TrySetResult();
            return release.Task;
        });
        var calling = new ScriptedCaller(_http, clock).PlaceCallAsync(Call() with { StatusCallbackUrl = null });

        await arrived.Task;
        clock.Advance(TimeSpan.FromSeconds(14));
        Assert.False(calling.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var call = await calling;
        release.SetResult((200, "<Response/>"));

        Assert.Equal(CallEndReason.Error, call.Ending.Reason);
        Assert.Contains("no answer within 15 s", call.Ending.Detail, StringComparison.Ordinal);
        Assert.Null(Assert.Single(call.Exchanges).StatusCode);
    }

    [Fact]
    public async Task Think_time_passes_before_each_caller_turn()
    {
        var think = TimeSpan.FromMilliseconds(300);
        _hub.On("/voice", """<Response><Gather input="speech" action="/turn"><Say>Hello.</Say></Gather></Response>""").On("/turn", "<Response/>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call("hi") with { MinThinkTime = think, MaxThinkTime = think });

        // A margin for timer and clock granularity; without think time the gap is well under a millisecond.
        Assert.True(call.Transcript[1].At - call.Transcript[0].At >= think - TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task Recorded_requests_can_be_replayed_reordered_or_forged()
    {
        _hub.On("/voice", """<Response><Gather input="speech" action="/turn"><Say>Hello.</Say></Gather></Response>""")
            .On("/turn", "<Response><Hangup/></Response>")
            .On("/status", "<Response/>");
        var caller = new ScriptedCaller(_http);
        var call = await caller.PlaceCallAsync(Call("the smoke alarm keeps beeping"));
        var before = _hub.Received.Count;

        var replayed = await caller.SendAsync(call.Requests[1]);
        var forged = await caller.SendAsync(call.Requests[1] with { Parameters = [.. call.Requests[1].Parameters, new("SpeechResult", "gas leak")] });
        var outOfOrder = await caller.SendAsync(
            _hub.Url("/status"),
            [new("CallSid", call.CallSid), new("AccountSid", Account), new("CallStatus", "in-progress"), new("SequenceNumber", "1")],
            Token);

        var late = _hub.Received.Skip(before).ToList();
        Assert.Equal(200, replayed.StatusCode);
        Assert.Equal(_hub.Received[1].Form, late[0].Form);
        Assert.Equal(_hub.Received[1].IdempotencyToken, late[0].IdempotencyToken);
        Assert.Equal([true, false, true], late.Select(r => r.SignatureValid));
        Assert.Equal("in-progress", late[2]["CallStatus"]);
        Assert.Equal(TwilioWebhookKind.Standalone, outOfOrder.Kind);
        Assert.Equal(200, forged.StatusCode);
    }

    [Fact]
    public async Task A_redirect_with_method_GET_puts_the_parameters_in_the_signed_query()
    {
        _hub.On("/voice", """<Response><Redirect method="GET">/poll?job=7</Redirect></Response>""").On("/poll", "<Response><Hangup/></Response>");

        var call = await new ScriptedCaller(_http).PlaceCallAsync(Call());

        var poll = _hub.Received[1];
        Assert.Equal("GET", poll.Method);
        Assert.True(poll.SignatureValid);
        Assert.StartsWith(_hub.Url("/poll?job=7&CallSid=").AbsoluteUri, call.Requests[1].Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Empty(call.Requests[1].Parameters);
    }

    public void Dispose()
    {
        _hub.Dispose();
        _http.Dispose();
    }
}
