using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>
/// What the drilled hub talks to, outside its process so that it survives every kill: the PMS, Twilio and vendor
/// simulators on free loopback ports, the demo portfolio pointed at them with two short escalation tiers, and a data
/// directory on SQLite or a PostgreSQL database of its own.
/// </summary>
internal sealed class CrashDrillWorld : IDisposable
{
    private CrashDrillWorld(TempFolder folder, SimulatorHost simulators, HubDatabase database, string accountSid, string authToken)
    {
        Folder = folder;
        Simulators = simulators;
        Database = database;
        AccountSid = accountSid;
        AuthToken = authToken;
    }

    public TempFolder Folder { get; }

    public string DataPath => Folder.Combine("data");

    public SimulatorHost Simulators { get; }

    /// <summary>The drilled hub's database, read by the checker.</summary>
    public HubDatabase Database { get; }

    public string AccountSid { get; }

    public string AuthToken { get; }

    public T Simulator<T>() where T : PmsSimulator => Simulators.Simulators.OfType<T>().Single();

    public static async Task<CrashDrillWorld> CreateAsync(Provider provider)
    {
        var folder = new TempFolder();
        var token = Security.SecretTokens.New();
        var sid = TelephonyAccounts.DemoAccountSid(token);
        var simulators = SimulatorHost.Start(SimulatorOptions.OnFreePorts(), SimulatorSeed.Load(RepoPaths.DemoPortfolio), folder.Combine("simulators"), (sid, token));
        var settings = TestHub.SettingsFor(provider, RepoPaths.Plugins);
        settings["Twilio:AccountSid"] = sid;
        settings["Twilio:AuthToken"] = token;
        settings["Twilio:ApiBaseUrl"] = simulators.Simulators.OfType<TwilioSimulator>().Single().Url;
        settings["Hub:OutboxLease"] = "00:00:10";          // a killed node's rows come back within seconds, not a minute
        settings["Hub:OutboxBackoffCap"] = "00:00:05";
        settings["Logging:LogLevel:Default"] = "Warning";
        var aipc = Aipc.WithData(folder.Combine("data"), provider, extra: settings);
        var portfolio = PointedAt(simulators, folder);
        var (exit, output) = await aipc.RunAsync("portfolio", "import", portfolio);
        Assert.True(exit == 0, output);
        (exit, output) = await aipc.RunAsync("portfolio", "import", ShortTiers(folder));
        Assert.True(exit == 0, output);

        var storage = new StorageOptions
        {
            Provider = provider == Provider.PostgreSql ? StorageProvider.PostgreSql : StorageProvider.Sqlite,
            ConnectionString = settings.GetValueOrDefault("Storage:ConnectionString"),
        };
        var database = new HubDatabase(Options.Create(storage), new DataDirectory(folder.Combine("data")));
        return new CrashDrillWorld(folder, simulators, database, sid, token);
    }

    /// <summary>The demo portfolio file and its rosters, with every simulator URL moved to the port it runs on here.</summary>
    private static string PointedAt(SimulatorHost simulators, TempFolder folder)
    {
        var demo = Path.GetDirectoryName(RepoPaths.DemoPortfolio)!;
        var target = Directory.CreateDirectory(folder.Combine("portfolio")).FullName;
        foreach (var source in Directory.GetFiles(demo))
        {
            File.Copy(source, Path.Combine(target, Path.GetFileName(source)));
        }

        var text = File.ReadAllText(RepoPaths.DemoPortfolio);
        var defaults = new SimulatorOptions();
        foreach (var (name, port) in new[] { ("yardi", defaults.Yardi.Port), ("realpage", defaults.RealPage.Port), ("appfolio", defaults.AppFolio.Port), ("vendors", defaults.Vendors.Port), ("servicechannel", defaults.ServiceChannel.Port) })
        {
            var running = new Uri(simulators.Simulators.Single(s => s.Name == name).Url);
            text = text.Replace($"http://127.0.0.1:{port}", $"http://127.0.0.1:{running.Port}", StringComparison.Ordinal);
        }

        var file = Path.Combine(target, "portfolio.json");
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>Two 5-second tiers, so that every emergency's escalation ends within the drill.</summary>
    private static string ShortTiers(TempFolder folder)
    {
        var file = folder.Combine("short-tiers.json");
        var code = JsonNode.Parse(File.ReadAllText(RepoPaths.DemoPortfolio))!["code"]!.GetValue<string>();
        File.WriteAllText(file, $$"""
            { "code": "{{code}}", "name": "Drill", "escalation": { "tiers": [
              { "name": "primary", "target": "on-call", "channels": ["sms", "voice"], "timeout": "00:00:05" },
              { "name": "backup", "target": "backup", "channels": ["sms"], "timeout": "00:00:05" } ] } }
            """);
        return file;
    }

    public void Dispose()
    {
        Simulators.Dispose();
        Folder.Dispose();
    }
}
