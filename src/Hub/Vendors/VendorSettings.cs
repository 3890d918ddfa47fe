using System.Text.Json;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// A vendor's dispatcher settings: encrypted at rest like the PMS settings, decrypted for the plugin. A demo vendor
/// whose URLs name a vendor simulator's default loopback port follows that simulator when it runs in this process on
/// another port (<c>Simulators:Vendors:Port</c>, <c>Simulators:ServiceChannel:Port</c>; 0 in tests), as PMS base URLs do.
/// </summary>
internal sealed class VendorSettings(SettingsProtector protector, HubAddress address)
{
    private static readonly Simulators.SimulatorOptions Defaults = new();

    /// <summary>Per dispatcher: the simulator that plays its vendors, its default port, and the settings that are its URLs.</summary>
    private static readonly Dictionary<string, (string Simulator, int Port, string[] Urls)> Simulated = new(StringComparer.Ordinal)
    {
        ["vendor.generic"] = ("vendors", Defaults.Vendors.Port, ["webhookUrl", "statusUrl"]),
        ["vendor.servicechannel"] = ("servicechannel", Defaults.ServiceChannel.Port, ["baseUrl", "authUrl"]),
    };

    public string? Store(IReadOnlyDictionary<string, string> settings) => settings.Count == 0 ? null : protector.Protect(JsonSerializer.Serialize(settings));

    /// <summary>The settings as written in the portfolio file, in clear (export).</summary>
    public IReadOnlyDictionary<string, string> Stored(string? stored) =>
        stored is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(stored))!;

    /// <summary>The settings the dispatcher plugin gets: stored ones, with a demo simulator's moved port followed.</summary>
    public IReadOnlyDictionary<string, string> For(VendorRecord vendor)
    {
        var settings = Stored(vendor.SettingsJson);
        if (!Simulated.TryGetValue(vendor.Dispatcher, out var simulated) || !address.Simulators.TryGetValue(simulated.Simulator, out var running)
            || running.Port == simulated.Port)
        {
            return settings;
        }

        var moved = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        foreach (var key in simulated.Urls)
        {
            if (settings.TryGetValue(key, out var url) && Uri.TryCreate(url, UriKind.Absolute, out var configured)
                && configured.Host == "127.0.0.1" && configured.Port == simulated.Port)
            {
                moved[key] = new UriBuilder(configured) { Port = running.Port }.Uri.ToString().TrimEnd('/') + (url.EndsWith('/') ? "/" : string.Empty);
            }
        }

        return moved;
    }
}
