using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Tests.Calls;

/// <summary>Real credentials go to the real provider; only the demo account goes to the Twilio simulator.</summary>
public sealed class TelephonyAccountsTests : IDisposable
{
    private const string RealSid = "AC0123456789abcdef0123456789abcdef";
    private const string RealToken = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    // Nothing listens here and nothing is sent: the tests only read where an account would go.
    private static readonly Uri Simulator = new("http://127.0.0.1:5999/");

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_configured_account_goes_to_the_public_api_while_the_simulators_run()
    {
        var accounts = Accounts(new() { ["Twilio:AccountSid"] = RealSid, ["Twilio:AuthToken"] = RealToken });

        var account = accounts.For("acme")!;

        Assert.Equal(new Uri("https://api.twilio.com/"), account.ApiBaseUrl);
        Assert.Equal((RealSid, RealToken), (account.AccountId, account.AuthToken));
        Assert.False(accounts.IsDemo(account));
        Assert.NotEqual(RealToken, accounts.Demo()!.Value.AuthToken);
    }

    [Fact]
    public void The_demo_account_goes_to_the_simulator_beside_a_portfolio_with_its_own_account()
    {
        var accounts = Accounts(new() { ["Twilio:Portfolios:acme:AccountSid"] = RealSid, ["Twilio:Portfolios:acme:AuthToken"] = RealToken });

        var demo = accounts.For("demo")!;
        var acme = accounts.For("acme")!;

        Assert.Equal(Simulator, demo.ApiBaseUrl);
        Assert.True(accounts.IsDemo(demo));
        Assert.Equal(accounts.Demo(), (demo.AccountId, demo.AuthToken));
        Assert.Equal(new Uri("https://api.twilio.com/"), acme.ApiBaseUrl);
    }

    [Fact]
    public void The_demo_account_stays_on_loopback_when_the_simulator_did_not_start()
    {
        var accounts = Accounts([], simulatorRunning: false);

        Assert.Equal(new Uri("http://127.0.0.1:5104/"), accounts.For("demo")!.ApiBaseUrl);
    }

    [Fact]
    public void An_explicit_api_root_is_kept()
    {
        var accounts = Accounts(new() { ["Twilio:AccountSid"] = RealSid, ["Twilio:AuthToken"] = RealToken, ["Twilio:ApiBaseUrl"] = "http://127.0.0.1:6000" });

        Assert.Equal(new Uri("http://127.0.0.1:6000/"), accounts.For("acme")!.ApiBaseUrl);
    }

    [Fact]
    public void A_sid_without_its_token_is_not_an_account_and_never_the_demo_one()
    {
        var accounts = Accounts(new() { ["Twilio:AccountSid"] = RealSid });

        Assert.Null(accounts.For("acme"));
    }

    [Fact]
    public void Without_simulators_and_without_a_token_there_is_no_account()
    {
        var accounts = Accounts([], simulatorsEnabled: false);

        Assert.Null(accounts.For("demo"));
        Assert.Null(accounts.Demo());
    }

    [Fact]
    public void A_masked_account_and_url_keep_no_secret()
    {
        Assert.Equal("AC…cdef", PortfolioDestinations.Mask(RealSid));
        Assert.Equal("https://pms.example.com/acme", PortfolioDestinations.Show(new Uri("https://user:secret@pms.example.com/acme/?key=secret#x")));
    }

    public void Dispose() => _folder.Dispose();

    private TelephonyAccounts Accounts(Dictionary<string, string?> settings, bool simulatorsEnabled = true, bool simulatorRunning = true)
    {
        settings["Twilio:PublicBaseUrl"] = "https://hub.example.com";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var address = new HubAddress { TwilioSimulator = simulatorsEnabled && simulatorRunning ? Simulator : null };
        return new TelephonyAccounts(configuration, new DataDirectory(_folder.Path), Options.Create(new SimulatorOptions { Enabled = simulatorsEnabled }), address);
    }
}
