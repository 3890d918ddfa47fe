using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>Registers the Yardi Voyager connector under the plugin's id, <c>yardi</c>.</summary>
public sealed class YardiRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The connector keeps no settings of its own: each call carries the property's connection. It uses the hub's
        // "yardi" HTTP client and the hub's clock (the system clock if the hub registered none). It registers no clock of
        // its own: the plugin's services are added after the hub's, so one here would hide a test's fake clock.
        context.AddPmsConnector<YardiConnector>();
    }
}
