using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>Registers the ai.local plugin's services with the hub.</summary>
public sealed class LocalIntentModelRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Skeleton: the provider arrives with its own issue (see README.md). The manifest already names the plugin,
        // its SDK version and its configuration schema, so that the hub lists it and operators can configure it.
    }
}
