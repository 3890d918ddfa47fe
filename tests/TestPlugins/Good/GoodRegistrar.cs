using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.TestPlugins.Good;

/// <summary>Registers the in-memory connector.</summary>
public sealed class GoodRegistrar : IPluginRegistrar
{
    /// <inheritdoc />
    public void Register(IPluginContext context) => context.AddPmsConnector<InMemoryConnector>().AddActivity<EchoActivity>();
}
