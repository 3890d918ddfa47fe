using System.Text.Json;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Pms;

/// <summary>
/// A property's PMS connection as a connector sees it: its id in the PMS and its settings, decrypted. A demo property
/// whose <c>baseUrl</c> names a simulator's default loopback port follows that simulator when it runs in this process on
/// another port (<c>Simulators:*:Port</c>, 0 in tests).
/// </summary>
internal sealed class PmsTargets(SettingsProtector protector, HubAddress address)
{
    private static readonly Simulators.SimulatorOptions Defaults = new();

    public PmsProperty? For(PropertyRecord property)
    {
        if (property.PmsPlugin is null || property.PmsPropertyId is null)
        {
            return null;
        }

        var settings = Settings(property.PmsSettingsJson);
        return new PmsProperty(property.Code, property.PmsPropertyId, FollowSimulator(property.PmsPlugin, settings));
    }

    private IReadOnlyDictionary<string, string> FollowSimulator(string plugin, IReadOnlyDictionary<string, string> settings)
    {
        int? defaultPort = plugin switch { "yardi" => Defaults.Yardi.Port, "realpage" => Defaults.RealPage.Port, "appfolio" => Defaults.AppFolio.Port, _ => null };
        if (defaultPort is null || !address.Simulators.TryGetValue(plugin, out var running) || !settings.TryGetValue("baseUrl", out var baseUrl)
            || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var configured) || configured.Host != "127.0.0.1" || configured.Port != defaultPort || running.Port == defaultPort)
        {
            return settings;
        }

        var moved = new UriBuilder(configured) { Port = running.Port }.Uri.ToString().TrimEnd('/');
        return new Dictionary<string, string>(settings, StringComparer.Ordinal) { ["baseUrl"] = baseUrl.EndsWith('/') ? moved + "/" : moved };
    }

    public IReadOnlyDictionary<string, string> Settings(string? stored) =>
        stored is null
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(protector.Unprotect(stored))!.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);

    public string? Store(IReadOnlyDictionary<string, string>? settings) => settings is null ? null : protector.Protect(JsonSerializer.Serialize(settings));
}
