using System.Net.Http.Headers;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Xunit;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>
/// A whole hub in the test process on the embedded default with the demo portfolio, its simulators (on free ports) and
/// the real plugins (telephony.twilio, ai.local), and a scripted caller that signs its webhooks with the demo account.
/// </summary>
internal sealed class CallHub : IAsyncDisposable
{
    /// <summary>Maria Garcia, maple-court unit 1A: one home.</summary>
    public const string Maria = "+16175551000";

    public const string MapleCourt = "+16175550100";

    public const string MapleCourtEmergencyLine = "+16175550199";

    private readonly TempFolder _folder;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly TwilioSimulator? _twilio;

    private CallHub(TempFolder folder, RunningHub hub, Aipc aipc, TwilioSimulator? twilio)
    {
        _twilio = twilio;
        _folder = folder;
        Hub = hub;
        Aipc = aipc;
        Account = hub.App.Services.GetRequiredService<TelephonyAccounts>().For("demo")!;
        Caller = new ScriptedCaller(_http);
    }

    public RunningHub Hub { get; }

    public Aipc Aipc { get; }

    public TelephonyAccount Account { get; }

    public ScriptedCaller Caller { get; }

    public HubDatabase Database => Hub.App.Services.GetRequiredService<HubDatabase>();

    public string DataPath => Aipc.DataPath;

    public static Dictionary<string, string?> DemoSettings => new()
    {
        ["Simulators:Enabled"] = "true",
        ["Simulators:Yardi:Port"] = "0",
        ["Simulators:RealPage:Port"] = "0",
        ["Simulators:AppFolio:Port"] = "0",
        ["Simulators:Twilio:Port"] = "0",
        ["Simulators:Vendors:Port"] = "0",
        ["Simulators:ServiceChannel:Port"] = "0",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static async Task<CallHub> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Provider provider = Provider.Sqlite, Action<IServiceCollection>? configureServices = null)
    {
        var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), provider, seedDemo: provider == Provider.Sqlite, extra: DemoSettings);
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        TwilioSimulator? twilio = null;
        if (provider == Provider.PostgreSql)
        {
            // Several nodes share PostgreSQL, so serve runs no simulators there: the demo and its Twilio are set up here.
            var (exit, output) = await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio);
            Assert.True(exit == 0, output);
            var token = Security.SecretTokens.New();
            twilio = new TwilioSimulator(0, TelephonyAccounts.DemoAccountSid(token), token);
            overrides["Twilio:AuthToken"] = token;
            overrides["Twilio:AccountSid"] = TelephonyAccounts.DemoAccountSid(token);
            overrides["Twilio:ApiBaseUrl"] = twilio.Url;
        }

        var hub = await HubServer.StartAsync(new DataDirectory(aipc.DataPath), "http://127.0.0.1:0", TextWriter.Null, configureServices, overrides, CancellationToken.None)
            ?? throw new InvalidOperationException("the hub did not start");
        return new CallHub(folder, hub, aipc, twilio);
    }

    public Uri Url(string path) => new(Hub.Url + path);

    public ScriptedCallRequest Request(params string[] turns) => new()
    {
        VoiceUrl = Url("/telephony/twilio/demo/voice"),
        StatusCallbackUrl = Url("/telephony/twilio/demo/status"),
        AccountSid = Account.AccountId,
        AuthToken = Account.AuthToken,
        From = Maria,
        To = MapleCourt,
        Turns = turns,
    };

    public Task<ScriptedCall> CallAsync(params string[] turns) => Caller.PlaceCallAsync(Request(turns));

    public async Task<CallReport?> ReportAsync(string callSid)
    {
        await using var db = Database.Open(PortfolioScope.System);
        return await CallReport.LoadAsync(db, callSid, CancellationToken.None);
    }

    /// <summary>A raw POST, for requests a scripted caller would never send.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(TwilioRequestSigner.HeaderName, signature);
        }

        return await _http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Hub.DisposeAsync();
        _twilio?.Dispose();
        _folder.Dispose();
    }

    public static MediaTypeHeaderValue Form => new("application/x-www-form-urlencoded");
}
