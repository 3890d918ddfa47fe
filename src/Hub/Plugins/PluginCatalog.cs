namespace AiPhoneCoverage.Hub.Plugins;

/// <summary>Every plugin the hub found at start, with its status: what `aipc plugins` and the console show.</summary>
internal sealed class PluginCatalog(IReadOnlyList<LoadedPlugin> plugins)
{
    public IReadOnlyList<LoadedPlugin> Plugins { get; } = plugins;

    public bool IsLoaded(string id) => Plugins.Any(p => p.Id == id && p.Status == PluginStatus.Loaded);
}
