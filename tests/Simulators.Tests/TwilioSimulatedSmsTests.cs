using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>
/// <c>POST /__simulate/sms</c>: a phone texts the hub through the Twilio simulator. The fake hub checks every signature
/// with Twilio's own RequestValidator.
/// </summary>
public sealed class TwilioSimulatedSmsTests : IDisposable
{
    private const string Resident = "+16175551000";
    private const string HubNumber = "+16175550100";
    private readonly TwilioSimulator _twilio = new(0);
    private readonly FakeHub _hub = new(TwilioSimulator.DemoAuthToken);
    private readonly HttpClient _http = new();

    private Dictionary<string, string> Text(string body) =>
        new() { ["From"] = Resident, ["To"] = HubNumber, ["Body"] = body, ["Url"] = _hub.Url("/telephony/twilio/demo/sms").ToString() };

    private async Task<(int Status, JsonElement Json)> SimulateAsync(HttpContent content)
    {
        using var response = await _http.PostAsync(new Uri(_twilio.Url + "/__simulate/sms"), content);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task A_text_is_recorded_inbound_and_posted_to_the_hub_with_Twilios_fields_signed_as_Twilio_signs()
    {
        _hub.On("/telephony/twilio/demo/sms", "<Response/>");

        var (status, json) = await SimulateAsync(new FormUrlEncodedContent(Text("YES 4821")));

        Assert.Equal(200, status);
        var inbound = Assert.Single(_twilio.Messages);
        Assert.Matches("^SM[0-9a-f]{32}$", inbound.Sid);
        Assert.Equal((HubNumber, Resident, "YES 4821", "inbound"), (inbound.To, inbound.From, inbound.Body, inbound.Direction));
        Assert.Empty(_twilio.SentMessages);
        var received = Assert.Single(_hub.Received);
        Assert.True(received.SignatureValid);
        Assert.Equal(("POST", "/telephony/twilio/demo/sms"), (received.Method, received.Path));
        Assert.Equal((inbound.Sid, inbound.Sid, inbound.Sid), (received["MessageSid"], received["SmsSid"], received["SmsMessageSid"]));
        Assert.Equal((_twilio.AccountSid, Resident, HubNumber, "YES 4821"), (received["AccountSid"], received["From"], received["To"], received["Body"]));
        Assert.Equal(("0", "1", "received", "2010-04-01", "US"), (received["NumMedia"], received["NumSegments"], received["SmsStatus"], received["ApiVersion"], received["FromCountry"]));
        Assert.StartsWith("TwilioProxy/", received.UserAgent, StringComparison.Ordinal);
        Assert.Equal(inbound.Sid, json.GetProperty("message").GetProperty("sid").GetString());
        Assert.Equal(200, json.GetProperty("exchange").GetProperty("statusCode").GetInt32());
        Assert.Equal("<Response/>", json.GetProperty("exchange").GetProperty("responseBody").GetString());
        Assert.Equal(0, json.GetProperty("replies").GetArrayLength());
    }

    [Fact]
    public async Task The_Messages_of_the_hubs_TwiML_answer_are_recorded_as_outbound_replies_and_a_JSON_request_works_too()
    {
        _hub.On("/telephony/twilio/demo/sms", """
            <Response>
              <Message>Thanks Maria, the page is acknowledged.</Message>
              <Message to="+16175559999" from="+16175550100"><Body>FYI: 4821 acknowledged</Body></Message>
            </Response>
            """);

        using var content = new StringContent(JsonSerializer.Serialize(Text("ack")), Encoding.UTF8, "application/json");
        var (status, json) = await SimulateAsync(content);

        Assert.Equal(200, status);
        Assert.Equal(
            [("inbound", HubNumber, Resident, "ack"),
             ("outbound-reply", Resident, HubNumber, "Thanks Maria, the page is acknowledged."),
             ("outbound-reply", "+16175559999", HubNumber, "FYI: 4821 acknowledged")],
            _twilio.Messages.Select(m => (m.Direction, m.To, m.From, m.Body)));
        Assert.Equal(
            ["Thanks Maria, the page is acknowledged.", "FYI: 4821 acknowledged"],
            json.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("body").GetString()));
        Assert.True(Assert.Single(_hub.Received).SignatureValid);

        var forResident = await _http.GetFromJsonAsync<JsonElement>(new Uri(_twilio.Url + "/__ledger/messages?number=%2B16175551000"));
        Assert.Equal(["inbound", "outbound-reply"], forResident.EnumerateArray().Select(m => m.GetProperty("direction").GetString()));
    }

    [Fact]
    public async Task A_refusal_from_the_hub_is_reported_and_nothing_is_sent_back()
    {
        _hub.On("/telephony/twilio/demo/sms", _ => Task.FromResult((403, "<Response><Message>never sent</Message></Response>")));

        var (status, json) = await SimulateAsync(new FormUrlEncodedContent(Text("hello")));

        Assert.Equal(200, status);
        Assert.Equal(403, json.GetProperty("exchange").GetProperty("statusCode").GetInt32());
        Assert.Equal("inbound", Assert.Single(_twilio.Messages).Direction);
    }

    [Fact]
    public async Task An_answer_that_is_not_TwiML_sends_nothing_and_says_why()
    {
        _hub.On("/telephony/twilio/demo/sms", "ok");

        var (_, json) = await SimulateAsync(new FormUrlEncodedContent(Text("hello")));

        Assert.StartsWith("the answer is not valid TwiML", json.GetProperty("twimlProblem").GetString(), StringComparison.Ordinal);
        Assert.Single(_twilio.Messages);
    }

    [Fact]
    public async Task A_hub_that_does_not_answer_gets_502_with_the_reason_and_the_text_stays_in_the_ledger()
    {
        var fields = Text("hello");
        fields["Url"] = "http://127.0.0.1:1/telephony/twilio/demo/sms";

        var (status, json) = await SimulateAsync(new FormUrlEncodedContent(fields));

        Assert.Equal(502, status);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("exchange").GetProperty("statusCode").ValueKind);
        Assert.StartsWith("no answer", json.GetProperty("exchange").GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Single(_twilio.Messages);
    }

    [Theory]
    [InlineData("From", null, "From must be a phone number in E.164")]
    [InlineData("From", "617-555-1000", "From must be a phone number in E.164")]
    [InlineData("To", "", "To must be a phone number in E.164")]
    [InlineData("Body", null, "Body is required")]
    [InlineData("Url", "/telephony/twilio/demo/sms", "Url must be the hub's absolute http(s) messaging webhook URL")]
    [InlineData("Url", "ftp://hub/sms", "Url must be the hub's absolute http(s) messaging webhook URL")]
    public async Task Bad_input_gets_400_and_nothing_is_recorded_or_posted(string field, string? value, string error)
    {
        var fields = Text("hello");
        if (value is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = value;
        }

        var (status, json) = await SimulateAsync(new FormUrlEncodedContent(fields));

        Assert.Equal(400, status);
        Assert.StartsWith(error, json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(_twilio.Messages);
        Assert.Empty(_hub.Received);
    }

    [Fact]
    public async Task A_body_over_1600_characters_or_a_JSON_body_that_is_not_an_object_gets_400()
    {
        var (tooLong, _) = await SimulateAsync(new FormUrlEncodedContent(Text(new string('a', 1601))));
        using var array = new StringContent("[1,2]", Encoding.UTF8, "application/json");
        var (notObject, json) = await SimulateAsync(array);

        Assert.Equal((400, 400), (tooLong, notObject));
        Assert.Equal("the JSON body must be an object", json.GetProperty("error").GetString());
        Assert.Empty(_twilio.Messages);
    }

    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(70, '水', 1)]
    [InlineData(71, '水', 2)]
    public void Segments_count_as_on_a_phone(int length, char character, int segments) =>
        Assert.Equal(segments, InboundSmsParameters.Segments(new string(character, length)));

    public void Dispose()
    {
        _twilio.Dispose();
        _hub.Dispose();
        _http.Dispose();
    }
}
