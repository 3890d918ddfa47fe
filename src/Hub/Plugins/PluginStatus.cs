namespace AiPhoneCoverage.Hub.Plugins;

/// <summary>Whether a plugin in the plugins folder is serving.</summary>
internal enum PluginStatus
{
    /// <summary>Loaded and its services registered.</summary>
    Loaded,

    /// <summary>Not loaded; the reason says why. The hub serves without it.</summary>
    Faulted,
}
