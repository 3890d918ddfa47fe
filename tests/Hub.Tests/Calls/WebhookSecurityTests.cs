using System.Net;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>Only genuine Twilio requests change anything: forged, unsigned, tampered, oversized or misaddressed ones get an error and write nothing.</summary>
public sealed class WebhookSecurityTests : IAsyncLifetime
{
    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    private static List<KeyValuePair<string, string>> IncomingCall(string to = CallHub.MapleCourt) =>
    [
        new("CallSid", "CA" + Guid.NewGuid().ToString("N")), new("AccountSid", "AC" + new string('1', 32)), new("From", CallHub.Maria), new("To", to),
        new("CallStatus", "ringing"), new("Direction", "inbound"), new("ApiVersion", "2010-04-01"),
    ];

    private List<KeyValuePair<string, string>> Genuine(string to = CallHub.MapleCourt) =>
        IncomingCall(to).Select(p => p.Key == "AccountSid" ? new KeyValuePair<string, string>("AccountSid", _hub.Account.AccountId) : p).ToList();

    [Fact]
    public async Task A_wrong_missing_or_tampered_signature_gets_403_and_writes_nothing()
    {
        var before = await CallTables.CountAsync(_hub.Database);
        var url = _hub.Url("/telephony/twilio/demo/voice").ToString();
        var form = Genuine();

        var wrongToken = await _hub.PostAsync("/telephony/twilio/demo/voice", new FormUrlEncodedContent(form), TwilioRequestSigner.Sign("not-the-token", url, form));
        var missing = await _hub.PostAsync("/telephony/twilio/demo/voice", new FormUrlEncodedContent(form));
        var signed = TwilioRequestSigner.Sign(_hub.Account.AuthToken, url, form);
        var tampered = await _hub.PostAsync("/telephony/twilio/demo/voice",
            new FormUrlEncodedContent(form.Select(p => p.Key == "From" ? new KeyValuePair<string, string>("From", "+15555550123") : p)), signed);
        var added = await _hub.PostAsync("/telephony/twilio/demo/voice", new FormUrlEncodedContent([.. form, new("SpeechResult", "gas")]), signed);
        var otherUrl = await _hub.PostAsync("/telephony/twilio/demo/gather?turn=1", new FormUrlEncodedContent(form), signed);

        Assert.All([wrongToken, missing, tampered, added, otherUrl], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("forbidden", await wrongToken.Content.ReadAsStringAsync());
        Assert.Equal(before, await CallTables.CountAsync(_hub.Database));
    }

    [Fact]
    public async Task A_genuine_request_for_a_number_the_portfolio_does_not_have_gets_403_and_writes_nothing()
    {
        var before = await CallTables.CountAsync(_hub.Database);
        var form = Genuine(to: "+12025550123");
        var url = _hub.Url("/telephony/twilio/demo/voice").ToString();

        var response = await _hub.PostAsync("/telephony/twilio/demo/voice", new FormUrlEncodedContent(form), TwilioRequestSigner.Sign(_hub.Account.AuthToken, url, form));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CallTables.CountAsync(_hub.Database));
    }

    [Fact]
    public async Task Oversized_repeated_or_non_form_bodies_are_refused_before_anything_is_read()
    {
        var before = await CallTables.CountAsync(_hub.Database);
        var huge = await _hub.PostAsync("/telephony/twilio/demo/voice",
            new FormUrlEncodedContent([.. Genuine(), new("Padding", new string('x', 100_000))]));
        var repeated = await _hub.PostAsync("/telephony/twilio/demo/voice", new StringContent("CallSid=CA1&CallSid=CA2", null, CallHub.Form));
        var json = await _hub.PostAsync("/telephony/twilio/demo/voice", new StringContent("""{"CallSid":"CA1"}""", null, "application/json"));
        var unknownRoute = await _hub.PostAsync("/telephony/twilio/demo/anything", new FormUrlEncodedContent(Genuine()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, repeated.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownRoute.StatusCode);
        Assert.Equal(before, await CallTables.CountAsync(_hub.Database));
    }
}
