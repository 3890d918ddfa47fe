using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Plugins;

/// <summary>
/// Loads the plugins of one folder (one sub-folder per plugin, each with its plugin.json) and registers their services.
/// Our own small interface, so that the loading library behind it can change.
/// </summary>
internal interface IPluginLoader
{
    /// <summary>Loads every plugin; a plugin that fails is returned Faulted with its reason and registers nothing.</summary>
    IReadOnlyList<LoadedPlugin> LoadAll(string pluginsFolder, IServiceCollection services, IConfiguration configuration);
}
