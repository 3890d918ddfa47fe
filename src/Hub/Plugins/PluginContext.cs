using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Plugins;

/// <summary>What a registrar is given: its manifest, its configuration section and a staging service collection.</summary>
internal sealed class PluginContext(PluginManifest manifest, IConfiguration configuration, IServiceCollection services) : IPluginContext
{
    public PluginManifest Manifest { get; } = manifest;

    public IConfiguration Configuration { get; } = configuration;

    public IServiceCollection Services { get; } = services;
}
