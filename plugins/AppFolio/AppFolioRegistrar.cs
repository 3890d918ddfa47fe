using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>Registers the appfolio plugin's services with the hub.</summary>
public sealed class AppFolioRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Skeleton: the provider arrives with its own issue (see README.md). The manifest already names the plugin,
        // its SDK version and its configuration schema, so that the hub lists it and operators can configure it.
    }
}
