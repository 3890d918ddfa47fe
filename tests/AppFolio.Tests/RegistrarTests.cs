using AiPhoneCoverage.Plugins.AppFolio;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.AppFolio.Tests;

/// <summary>The manifest as the hub reads it, and what the registrar adds to the hub's services.</summary>
public sealed class RegistrarTests
{
    private static PluginManifest Manifest()
    {
        var parsed = PluginManifest.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        return parsed.Value;
    }

    [Fact]
    public void The_manifest_names_the_plugin_its_capability_and_its_settings_with_the_secret_marked()
    {
        var manifest = Manifest();

        Assert.Equal(("appfolio", "1.0"), (manifest.Id, manifest.SdkVersion));
        Assert.Equal([PluginCapabilities.Pms], manifest.Capabilities);
        var schema = manifest.ConfigurationSchema!.Value;
        Assert.Equal(["baseUrl", "clientId", "clientSecret"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = schema.GetProperty("properties");
        Assert.Equal(
            ["baseUrl", "clientId", "clientSecret", "vendorTrades", "priorities", "statuses", "pageSize", "vocabularyLookbackDays", "correlationSearchDays"],
            properties.EnumerateObject().Select(p => p.Name));
        Assert.True(properties.GetProperty("clientSecret").GetProperty("secret").GetBoolean());
        Assert.All(properties.EnumerateObject().Where(p => p.Name != "clientSecret"), p => Assert.False(p.Value.TryGetProperty("secret", out _)));
        Assert.Equal(typeof(AppFolioRegistrar).Assembly.GetName().Name + ".dll", manifest.Assembly);
    }

    [Fact]
    public void The_registrar_adds_the_connector_under_the_plugin_id()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        new AppFolioRegistrar().Register(new Context(Manifest(), new ConfigurationBuilder().Build(), services));

        using var provider = services.BuildServiceProvider();

        Assert.IsType<AppFolioConnector>(provider.GetRequiredKeyedService<IPmsConnector>("appfolio"));
    }

    private sealed record Context(PluginManifest Manifest, IConfiguration Configuration, IServiceCollection Services) : IPluginContext;
}
