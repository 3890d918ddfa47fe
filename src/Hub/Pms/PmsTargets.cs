using System.Text.Json;
using AiPhoneCoverage.Hub.Security;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Pms;

/// <summary>A property's PMS connection as a connector sees it: its id in the PMS and its settings, decrypted.</summary>
internal sealed class PmsTargets(SettingsProtector protector)
{
    public PmsProperty? For(PropertyRecord property) =>
        property.PmsPlugin is null || property.PmsPropertyId is null
            ? null
            : new PmsProperty(property.Code, property.PmsPropertyId, Settings(property.PmsSettingsJson));

    public IReadOnlyDictionary<string, string> Settings(string? stored) =>
        stored is null
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(protector.Unprotect(stored))!.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);

    public string? Store(IReadOnlyDictionary<string, string>? settings) => settings is null ? null : protector.Protect(JsonSerializer.Serialize(settings));
}
