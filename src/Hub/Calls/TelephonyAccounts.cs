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
/// or subaccount serves each portfolio (<c>AIPC_Twilio__AuthToken=...</c> works). On the embedded demo, with the
/// simulators on and no token configured, a demo account is made once per data directory (<c>keys/twilio-demo.token</c>).
/// </summary>
internal sealed class TelephonyAccounts(IConfiguration configuration, DataDirectory data, IOptions<SimulatorOptions> simulators, HubAddress address)
{
    public const string Section = "Twilio";

    private readonly Lazy<string> _demoToken = new(() => LocalSecret.LoadOrCreate(data.Combine("keys", "twilio-demo.token"), SecretTokens.New));

    /// <summary>The account, or null when the portfolio has no telephony configured.</summary>
    public TelephonyAccount? For(string portfolioCode)
    {
        string? Setting(string key) =>
            configuration[$"{Section}:Portfolios:{portfolioCode}:{key}"] is { Length: > 0 } own ? own : configuration[$"{Section}:{key}"] is { Length: > 0 } shared ? shared : null;

        var token = Setting("AuthToken");
        var sid = Setting("AccountSid");
        if (token is null && simulators.Value.Enabled)
        {
            token = _demoToken.Value;
            sid ??= DemoAccountSid(token);
        }

        var publicUrl = Setting("PublicBaseUrl") is { } configured ? new Uri(configured) : address.Local;
        if (token is null || sid is null || publicUrl is null)
        {
            return null;
        }

        var api = Setting("ApiBaseUrl") is { } apiUrl ? new Uri(apiUrl) : simulators.Value.Enabled ? address.TwilioSimulator : null;
        return new TelephonyAccount(sid, token, publicUrl, Setting("Voice"), Setting("Language") ?? "en-US", api);
    }

    /// <summary>The hub-wide account's SID and token (what the Twilio simulator accepts in the demo), if any.</summary>
    public (string AccountSid, string AuthToken)? Shared()
    {
        var token = configuration[$"{Section}:AuthToken"] is { Length: > 0 } configured ? configured : simulators.Value.Enabled ? _demoToken.Value : null;
        var sid = configuration[$"{Section}:AccountSid"] is { Length: > 0 } given ? given : token is null ? null : DemoAccountSid(token);
        return token is null || sid is null ? null : (sid, token);
    }

    /// <summary>A stable, well-formed account SID for the demo account (AC + 32 hex digits).</summary>
    public static string DemoAccountSid(string token) =>
        "AC" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("demo-account:" + token)))[..32];
}
