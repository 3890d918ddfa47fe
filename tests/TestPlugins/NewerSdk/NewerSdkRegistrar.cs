using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.TestPlugins.NewerSdk;

/// <summary>Built "for SDK 1.9": the hub must refuse it before running any of its code.</summary>
public sealed class NewerSdkRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context) => throw new InvalidOperationException("a plugin for a newer SDK must never be registered");
}
