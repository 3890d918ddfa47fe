using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>Registers the Yardi Voyager connector under the plugin's id, <c>yardi</c>.</summary>
public sealed class YardiRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The connector keeps no settings of its own: each call carries the property's connection. It uses the hub's
        // "yardi" HTTP client and clock (the system clock if the hub registered none).
        context.Services.TryAddSingleton(TimeProvider.System);
        context.AddPmsConnector<YardiConnector>();
    }
}
