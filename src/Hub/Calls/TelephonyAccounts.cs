using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// A portfolio's telephony account from configuration: section <c>Twilio</c> (AccountSid, AuthToken, PublicBaseUrl,
/// Voice, Language, ApiBaseUrl), overridden key by key by <c>Twilio:Portfolios:&lt;code&gt;</c>, so one Twilio account
/// or subaccount serves each portfolio (<c>AIPC_Twilio__AuthToken=...</c> works). A configured token is a real account:
/// it goes to Twilio's public API unless ApiBaseUrl says otherwise, whether or not the simulators run. Only a portfolio
/// with neither token nor SID, on a hub that runs the simulators, gets the demo account (<c>keys/twilio-demo.token</c>, made once per
/// data directory), and only the demo account goes to the Twilio simulator.
/// </summary>
internal sealed class TelephonyAccounts(IConfiguration configuration, DataDirectory data, IOptions<SimulatorOptions> simulators, HubAddress address)
{
    public const string Section = "Twilio";

    /// <summary>Twilio's public REST API root, where a real account goes.</summary>
    public static readonly Uri PublicApi = new("https://api.twilio.com/");

    private readonly Lazy<string> _demoToken = new(() => LocalSecret.LoadOrCreate(data.Combine("keys", "twilio-demo.token"), SecretTokens.New));

    /// <summary>The account, or null when the portfolio has no telephony configured.</summary>
    public TelephonyAccount? For(string portfolioCode)
    {
        string? Setting(string key) =>
            configuration[$"{Section}:Portfolios:{portfolioCode}:{key}"] is { Length: > 0 } own ? own : configuration[$"{Section}:{key}"] is { Length: > 0 } shared ? shared : null;

        var publicUrl = Setting("PublicBaseUrl") is { } configured ? new Uri(configured) : address.Local;
        var apiUrl = Setting("ApiBaseUrl") is { } api ? new Uri(api) : null;
        if (publicUrl is null)
        {
            return null;
        }

        if (Setting("AuthToken") is { } token)
        {
            return Setting("AccountSid") is { } sid
                ? new TelephonyAccount(sid, token, publicUrl, Setting("Voice"), Setting("Language") ?? "en-US", apiUrl ?? PublicApi)
                : null;
        }

        // A SID without its token is a real account half configured: it must not fall back to the simulator.
        return Setting("AccountSid") is null && Demo() is { } demo
            ? new TelephonyAccount(demo.AccountSid, demo.AuthToken, publicUrl, Setting("Voice"), Setting("Language") ?? "en-US", apiUrl ?? DemoApi())
            : null;
    }

    /// <summary>The demo account the Twilio simulator serves, when the simulators are on; never a configured one.</summary>
    public (string AccountSid, string AuthToken)? Demo() =>
        simulators.Value.Enabled ? (DemoAccountSid(_demoToken.Value), _demoToken.Value) : null;

    /// <summary>Whether the account is the generated demo account (so the simulator, not Twilio, answers it).</summary>
    public bool IsDemo(TelephonyAccount account) =>
        Demo() is { } demo && account.AccountId == demo.AccountSid && account.AuthToken == demo.AuthToken;

    // The running simulator, else its configured loopback port: the demo token never goes to Twilio, even when the
    // simulator could not start.
    private Uri DemoApi() => address.TwilioSimulator ?? new Uri($"http://127.0.0.1:{simulators.Value.Twilio.Port}");

    /// <summary>A stable, well-formed account SID for the demo account (AC + 32 hex digits).</summary>
    public static string DemoAccountSid(string token) =>
        "AC" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("demo-account:" + token)))[..32];
}
