using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Cli;

/// <summary>
/// `aipc simulate sms` and `aipc simulate press` against a serving hub with its simulators: only the transport is
/// asserted here (a signed webhook reaches the hub's route and is accepted), not what the hub makes of the text or key.
/// </summary>
public sealed class SimulateCommandTests : IAsyncLifetime
{
    private const string Tech = "+16175552000";
    private readonly HttpClient _http = new();
    private CallHub _hub = null!;

    public async Task InitializeAsync() => _hub = await CallHub.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    private string TwilioSimulator => HubLock.ReadHolder(Path.Combine(_hub.DataPath, "hub.lock"))!.Simulators!["twilio"];

    [Fact]
    public async Task Simulate_sms_reaches_the_hubs_sms_route_signed_and_accepted_and_the_text_is_audited_under_its_MessageSid()
    {
        var (exit, output) = await _hub.Aipc.RunAsync("simulate", "sms", "--from", CallHub.Maria, "YES 4821", "--json");

        Assert.True(exit == 0, output);
        var sms = JsonNode.Parse(output)!;
        var sid = sms["message"]!["sid"]!.GetValue<string>();
        Assert.Equal((CallHub.MapleCourt, CallHub.Maria, "YES 4821"), (sms["message"]!["to"]!.GetValue<string>(), sms["message"]!["from"]!.GetValue<string>(), sms["message"]!["body"]!.GetValue<string>()));
        Assert.Equal(_hub.Url("/telephony/twilio/demo/sms").ToString(), sms["exchange"]!["url"]!.GetValue<string>());
        Assert.Equal(200, sms["exchange"]!["statusCode"]!.GetValue<int>());
        await using (var db = _hub.Database.Open(PortfolioScope.System))
        {
            Assert.NotEmpty(await db.AuditEntries.Where(a => a.Subject == sid).Select(a => a.Kind).ToListAsync());
        }

        var ledger = JsonDocument.Parse(await _http.GetStringAsync(new Uri(TwilioSimulator + "/__ledger/messages?number=%2B16175551000"))).RootElement;
        Assert.Contains(ledger.EnumerateArray(), m => m.GetProperty("sid").GetString() == sid && m.GetProperty("direction").GetString() == "inbound");
    }

    [Fact]
    public async Task Simulate_sms_prints_the_exchange_in_words()
    {
        var (exit, output) = await _hub.Aipc.RunAsync("simulate", "sms", "--from", "(617) 555-1000", "--to", "617 555 0100", "hello");

        Assert.True(exit == 0, output);
        Assert.StartsWith($"Texted {CallHub.MapleCourt} from {CallHub.Maria}: \"hello\" (SM", output, StringComparison.Ordinal);
        Assert.Contains($"The hub answered 200 to {_hub.Url("/telephony/twilio/demo/sms")}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_press_answers_the_latest_call_placed_to_the_phone_and_the_hub_accepts_the_signed_key_press()
    {
        var reply = _hub.Url("/telephony/twilio/demo/reply?page=test").ToString();
        await PlaceCallAsync($"""<Response><Gather input="dtmf" numDigits="1" action="{reply}" method="POST"><Say>Leak in 1A. Press 1 to accept.</Say></Gather></Response>""");

        var (exit, output) = await _hub.Aipc.RunAsync("simulate", "press", "--to", Tech, "--json");

        // The hub's handling of the key is not asserted (it is being built): only that the signed webhook got past the signature check.
        Assert.True(exit is 0 or 1, output);
        var exchange = JsonNode.Parse(output)!["answer"]!["exchanges"]![0]!;
        Assert.Equal(reply, exchange["url"]!.GetValue<string>());
        Assert.NotEqual(403, exchange["statusCode"]!.GetValue<int>());
        var (again, none) = await _hub.Aipc.RunAsync("simulate", "press", "--to", Tech);
        Assert.Equal(2, again);
        Assert.Equal($"error: no call to {Tech} is waiting to be answered", none.Trim());
    }

    [Fact]
    public async Task Simulate_without_a_serving_hub_exits_2_and_says_so()
    {
        using var folder = new TempFolder();
        var idle = Aipc.WithData(folder.Combine("data"), Provider.Sqlite, extra: CallHub.DemoSettings);

        var (sms, said) = await idle.RunAsync("simulate", "sms", "--from", CallHub.Maria, "YES");
        var (press, _) = await idle.RunAsync("simulate", "press");

        Assert.Equal((2, 2), (sms, press));
        Assert.StartsWith("error: no hub is serving from", said, StringComparison.Ordinal);
    }

    /// <summary>Places a call through the simulator's REST API with the hub's account, as the Twilio plugin does.</summary>
    private async Task PlaceCallAsync(string twiml)
    {
        var account = _hub.Account;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{TwilioSimulator}/2010-04-01/Accounts/{account.AccountId}/Calls.json"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["To"] = Tech, ["From"] = CallHub.MapleCourt, ["Twiml"] = twiml }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.AccountId}:{account.AuthToken}")));
        using var response = await _http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }
}
