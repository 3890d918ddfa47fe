using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>The fake Twilio REST API: auth, validation, resources, the ledger, idempotency and faults.</summary>
public sealed class TwilioSimulatorTests : IDisposable
{
    private readonly TwilioSimulator _twilio = new(0);
    private readonly HttpClient _http = new();
    private readonly TwilioRestClient _client;

    public TwilioSimulatorTests() => _client = new TwilioRestClient(_http, _twilio);

    [Fact]
    public async Task Wrong_credentials_get_401_with_Twilio_error_20003_and_nothing_is_recorded()
    {
        _client.Password = "not-the-token";

        var (status, json, _) = await _client.PostAsync("Messages", TwilioRestClient.Sms());

        Assert.Equal(401, status);
        Assert.Equal(
            """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""",
            json.GetRawText());
        Assert.Empty(_twilio.Messages);
    }

    [Fact]
    public async Task Right_credentials_for_another_account_in_the_path_get_404()
    {
        _client.AccountSid = "AC" + new string('1', 32);

        var (status, json, _) = await _client.PostAsync("Messages", TwilioRestClient.Sms());

        Assert.Equal(404, status);
        Assert.Equal(20404, json.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("Messages", "To", 21604, "A 'To' phone number is required.")]
    [InlineData("Messages", "From", 21603, "A 'From' phone number is required.")]
    [InlineData("Messages", "Body", 21602, "Message body is required.")]
    [InlineData("Calls", "To", 21201, "No 'To' number is specified")]
    [InlineData("Calls", "From", 21213, "No 'From' number is specified")]
    [InlineData("Calls", "Twiml", 21205, "Url parameter is required.")]
    public async Task A_missing_required_parameter_gets_400_in_Twilio_error_shape(string resource, string missing, int code, string message)
    {
        var fields = resource == "Messages" ? TwilioRestClient.Sms() : TwilioRestClient.Call();
        fields.Remove(missing);

        var (status, json, _) = await _client.PostAsync(resource, fields);

        Assert.Equal(400, status);
        Assert.Equal(
            $$"""{"code":{{code}},"message":{{JsonSerializer.Serialize(message)}},"more_info":"https://www.twilio.com/docs/errors/{{code}}","status":400}""",
            json.GetRawText());
        Assert.Empty(_twilio.Messages);
        Assert.Empty(_twilio.Calls);
    }

    [Fact]
    public async Task An_accepted_message_is_a_queued_SM_resource_and_a_ledger_entry()
    {
        var (status, json, _) = await _client.PostAsync("Messages", TwilioRestClient.Sms("Leak in 4B: tech on the way"), "tok-1");

        Assert.Equal(201, status);
        var sid = json.GetProperty("sid").GetString()!;
        Assert.Matches("^SM[0-9a-f]{32}$", sid);
        Assert.Equal(_twilio.AccountSid, json.GetProperty("account_sid").GetString());
        Assert.Equal("+16175551000", json.GetProperty("to").GetString());
        Assert.Equal("+16175550000", json.GetProperty("from").GetString());
        Assert.Equal("Leak in 4B: tech on the way", json.GetProperty("body").GetString());
        Assert.Equal("queued", json.GetProperty("status").GetString());
        Assert.Equal($"/2010-04-01/Accounts/{_twilio.AccountSid}/Messages/{sid}.json", json.GetProperty("uri").GetString());
        var created = DateTimeOffset.ParseExact(json.GetProperty("date_created").GetString()!, "ddd, dd MMM yyyy HH:mm:ss zzzz", CultureInfo.InvariantCulture);
        var entry = Assert.Single(_twilio.Messages);
        Assert.Equal((sid, "+16175551000", "+16175550000", "Leak in 4B: tech on the way", "tok-1"), (entry.Sid, entry.To, entry.From, entry.Body, entry.IdempotencyToken));
        Assert.Equal(entry.ReceivedAt.ToUnixTimeSeconds(), created.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task An_accepted_call_is_a_queued_CA_resource_and_a_ledger_entry_with_its_twiml()
    {
        var (status, json, _) = await _client.PostAsync("Calls", TwilioRestClient.Call());

        Assert.Equal(201, status);
        Assert.Matches("^CA[0-9a-f]{32}$", json.GetProperty("sid").GetString());
        Assert.Equal("queued", json.GetProperty("status").GetString());
        var call = Assert.Single(_twilio.Calls);
        Assert.Equal(json.GetProperty("sid").GetString(), call.Sid);
        Assert.Equal("<Response><Say>Unit 4B reports a leak.</Say></Response>", call.Twiml);
        Assert.Null(call.Url);
        Assert.Null(call.IdempotencyToken);
    }

    [Fact]
    public async Task Like_twilio_it_has_no_idempotency_key_so_a_request_sent_twice_is_two_messages()
    {
        var first = await _client.PostAsync("Messages", TwilioRestClient.Sms("first"), "page-7-step-1");
        var again = await _client.PostAsync("Messages", TwilioRestClient.Sms("first"), "page-7-step-1");

        Assert.Equal((201, 201), (first.Status, again.Status));
        Assert.NotEqual(first.Json.GetProperty("sid").GetString(), again.Json.GetProperty("sid").GetString());
        Assert.Equal(["page-7-step-1", "page-7-step-1"], _twilio.Messages.Select(m => m.IdempotencyToken));
    }

    [Fact]
    public async Task Concurrent_duplicates_of_one_token_are_each_a_call()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PostAsync("Calls", TwilioRestClient.Call(), "escalation-3")));

        Assert.Equal(8, answers.Select(a => a.Json.GetProperty("sid").GetString()).Distinct().Count());
        Assert.Equal(8, _twilio.Calls.Count);
    }

    [Fact]
    public async Task The_ledger_is_served_as_JSON_for_demos()
    {
        await _client.PostAsync("Messages", TwilioRestClient.Sms(), "tok");
        await _client.PostAsync("Calls", TwilioRestClient.Call());

        var messages = await _http.GetFromJsonAsync<JsonElement>(new Uri(_twilio.Url + "/__ledger/messages"));
        var calls = await _http.GetFromJsonAsync<JsonElement>(new Uri(_twilio.Url + "/__ledger/calls"));

        Assert.Equal(_twilio.Messages[0].Sid, messages[0].GetProperty("sid").GetString());
        Assert.Equal("tok", messages[0].GetProperty("idempotencyToken").GetString());
        Assert.Equal(_twilio.Calls[0].Sid, calls[0].GetProperty("sid").GetString());
        Assert.Equal(1, calls.GetArrayLength());
    }

    [Fact]
    public async Task Server_errors_for_the_next_two_requests_then_normal_answers_and_nothing_recorded_meanwhile()
    {
        _twilio.InjectFault(TwilioFault.ServerError(), 2);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await _client.PostAsync("Messages", TwilioRestClient.Sms($"try {i}"))).Status);
        }

        Assert.Equal([500, 500, 201], statuses);
        Assert.Equal(["try 2"], _twilio.Messages.Select(m => m.Body));
    }

    [Fact]
    public async Task Too_many_requests_carries_Retry_After_until_cleared()
    {
        _twilio.InjectFaultUntilCleared(TwilioFault.TooManyRequests(TimeSpan.FromSeconds(3)));

        var busy = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.PostAsync("Calls", TwilioRestClient.Call())));
        _twilio.ClearFaults();
        var after = await _client.PostAsync("Calls", TwilioRestClient.Call());

        Assert.All(busy, b =>
        {
            Assert.Equal(429, b.Status);
            Assert.Equal(20429, b.Json.GetProperty("code").GetInt32());
            Assert.Equal(TimeSpan.FromSeconds(3), b.Response.Headers.RetryAfter?.Delta);
        });
        Assert.Equal(201, after.Status);
        Assert.Single(_twilio.Calls);
    }

    [Fact]
    public async Task A_delayed_request_is_answered_late_and_still_recorded()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        _twilio.InjectFault(TwilioFault.Delay(delay), 1);

        var started = TimeProvider.System.GetTimestamp();
        var (status, _, _) = await _client.PostAsync("Messages", TwilioRestClient.Sms());

        Assert.Equal(201, status);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= delay);
        Assert.Single(_twilio.Messages);
    }

    [Fact]
    public void A_malformed_account_sid_is_refused_at_construction() =>
        Assert.Throws<ArgumentException>(() => new TwilioSimulator(0, "AC123", "token"));

    public void Dispose()
    {
        _twilio.Dispose();
        _http.Dispose();
    }
}
