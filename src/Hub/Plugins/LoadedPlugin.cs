using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Plugins;

/// <summary>A plugin found in the plugins folder, loaded or not.</summary>
internal sealed record LoadedPlugin(string Id, string? Version, IReadOnlyList<string> Capabilities, PluginStatus Status, string? Reason, string Folder)
{
    public static LoadedPlugin Faulted(string folder, PluginManifest? manifest, string reason) =>
        new(manifest?.Id ?? Path.GetFileName(folder), manifest?.Version, manifest?.Capabilities ?? [], PluginStatus.Faulted, reason, folder);

    public static LoadedPlugin Loaded(string folder, PluginManifest manifest) =>
        new(manifest.Id, manifest.Version, manifest.Capabilities, PluginStatus.Loaded, null, folder);
}
