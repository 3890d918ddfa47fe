using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>Registers the RealPage connector under the plugin's id, <c>realpage</c>.</summary>
public sealed class RealPageRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The connector keeps no settings of its own: every call carries the property's connection (PmsProperty.Settings).
        // Its HTTP client is the hub's named client "realpage" (timeouts, circuit breaker).
        context.AddPmsConnector<RealPageConnector>();
    }
}
