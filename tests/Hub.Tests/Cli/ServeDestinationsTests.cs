using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Tests.Calls;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Tests.Cli;

/// <summary>`serve` says where each portfolio's texts, calls and work orders go, and never prints a secret.</summary>
public sealed class ServeDestinationsTests
{
    private const string AcmeSid = "AC0123456789abcdef0123456789abcdef";
    private const string AcmeToken = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    // oak's PMS is a loopback port nothing listens on, so whatever the hub does nothing leaves the machine.
    private const string Acme = """
        { "code": "acme", "name": "Acme", "properties": [
            { "code": "oak", "name": "Oak", "timeZone": "America/New_York",
              "pms": { "plugin": "yardi", "propertyId": "oak01", "settings": {
                "baseUrl": "http://aipc:pms-secret@127.0.0.1:9/acme?license=pms-secret", "userName": "aipc", "password": "pms-secret",
                "serverName": "acme_live", "database": "acme_live", "platform": "SQL Server", "interfaceEntity": "AiPhoneCoverage",
                "interfaceLicense": "pms-secret" } } },
            { "code": "elm", "name": "Elm", "timeZone": "America/Los_Angeles" } ] }
        """;

    [Fact]
    public async Task Serve_prints_the_demo_on_its_simulators_and_a_real_portfolio_on_twilio_without_secrets()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite, extra: CallHub.DemoSettings);
        await File.WriteAllTextAsync(folder.Combine("acme.json"), Acme);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        var imported = await aipc.RunAsync("portfolio", "import", folder.Combine("acme.json"));
        Assert.True(imported.ExitCode == 0, imported.Output);
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:Portfolios:acme:AccountSid"] = AcmeSid,
            ["Twilio:Portfolios:acme:AuthToken"] = AcmeToken,
            ["Pms:RosterSync"] = "0 0 1 1 *",
        };

        using var output = new StringWriter();
        await using var hub = await HubServer.StartAsync(new DataDirectory(aipc.DataPath), "http://127.0.0.1:0", output, null, settings, CancellationToken.None)
            ?? throw new InvalidOperationException("the hub did not start");
        var simulators = hub.App.Services.GetRequiredService<HubAddress>().Simulators;
        string At(string name) => simulators[name].ToString().TrimEnd('/');
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');

        Assert.Contains("portfolio acme: texts and calls → Twilio https://api.twilio.com (account AC…cdef); work orders: elm → no PMS, oak → yardi http://127.0.0.1:9/acme", lines);
        Assert.Contains(
            $"portfolio demo: texts and calls → Twilio simulator {At("twilio")} (demo account); work orders: maple-court → yardi simulator {At("yardi")}/demo, " +
            $"river-bend → realpage simulator {At("realpage")}, sunset-vista → appfolio simulator {At("appfolio")}", lines);
        Assert.DoesNotContain("secret", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AcmeToken, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hub.App.Services.GetRequiredService<TelephonyAccounts>().Demo()!.Value.AuthToken, output.ToString(), StringComparison.Ordinal);
    }
}
