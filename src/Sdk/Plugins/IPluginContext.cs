using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Sdk;

/// <summary>What a registrar is given.</summary>
public interface IPluginContext
{
    /// <summary>The plugin's manifest.</summary>
    PluginManifest Manifest { get; }

    /// <summary>The plugin's configuration section (for example <c>Plugins:yardi</c>).</summary>
    IConfiguration Configuration { get; }

    /// <summary>The hub's services; add the plugin's own services here.</summary>
    IServiceCollection Services { get; }
}
