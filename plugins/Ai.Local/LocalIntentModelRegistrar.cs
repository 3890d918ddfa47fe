using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>Registers the offline intent model.</summary>
public sealed class LocalIntentModelRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context) => context.AddIntentModel<LocalIntentModel>();
}
