using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>
/// Creates every loaded intent model when the hub starts, so that a model that loads in the background (ai.local's MiniLM)
/// is ready before the first call instead of on it. It does not wait for them: the hub listens at once.
/// </summary>
internal sealed class IntentModelWarmup(IServiceProvider services, PluginCatalog plugins) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var plugin in plugins.Plugins.Where(p => p.Status == PluginStatus.Loaded && p.Capabilities.Contains(PluginCapabilities.IntentModel)))
        {
            _ = services.GetKeyedService<IIntentModel>(plugin.Id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
