using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>Registers the AppFolio PMS connector under the plugin's id, <c>appfolio</c>.</summary>
public sealed class AppFolioRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The connector keeps no settings of its own: every call brings the property's connection settings.
        context.AddPmsConnector<AppFolioConnector>();
    }
}
