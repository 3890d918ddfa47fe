using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AiPhoneCoverage.Simulators.Tests;

/// <summary>Posts to the fake Twilio REST API the way the helper library does: form fields, Basic auth, an optional idempotency token.</summary>
internal sealed class TwilioRestClient(HttpClient http, TwilioSimulator simulator)
{
    public string AccountSid { get; set; } = simulator.AccountSid;

    public string User { get; set; } = simulator.AccountSid;

    public string Password { get; set; } = TwilioSimulator.DemoAuthToken;

    public async Task<(int Status, JsonElement Json, HttpResponseMessage Response)> PostAsync(
        string resource, Dictionary<string, string> fields, string? idempotencyToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{simulator.Url}/2010-04-01/Accounts/{AccountSid}/{resource}.json"))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        if (idempotencyToken is not null)
        {
            request.Headers.Add("I-Twilio-Idempotency-Token", idempotencyToken);
        }

        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    public static Dictionary<string, string> Sms(string body = "Your request 4821 is logged") =>
        new() { ["To"] = "+16175551000", ["From"] = "+16175550000", ["Body"] = body };

    public static Dictionary<string, string> Call() =>
        new() { ["To"] = "+16175552000", ["From"] = "+16175550000", ["Twiml"] = "<Response><Say>Unit 4B reports a leak.</Say></Response>" };
}
