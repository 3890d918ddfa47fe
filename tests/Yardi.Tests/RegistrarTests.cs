using AiPhoneCoverage.Plugins.Yardi;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Yardi.Tests;

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
    public void The_manifest_names_the_plugin_and_its_settings_with_the_secrets_marked()
    {
        var manifest = Manifest();

        Assert.Equal(("yardi", "1.0", typeof(YardiRegistrar).Assembly.GetName().Name + ".dll"), (manifest.Id, manifest.SdkVersion, manifest.Assembly));
        Assert.Equal([PluginCapabilities.Pms], manifest.Capabilities);
        var properties = manifest.ConfigurationSchema!.Value.GetProperty("properties");
        Assert.Equal(
            ["baseUrl", "userName", "password", "serverName", "database", "platform", "interfaceEntity", "interfaceLicense", "searchDays"],
            properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["password", "interfaceLicense"],
            properties.EnumerateObject().Where(p => p.Value.TryGetProperty("secret", out var s) && s.GetBoolean()).Select(p => p.Name));
    }

    [Fact]
    public void The_demo_portfolio_gives_every_required_setting()
    {
        var required = Manifest().ConfigurationSchema!.Value.GetProperty("required").EnumerateArray().Select(r => r.GetString()!);

        using var yardi = new YardiHarness();
        Assert.All(required, key => Assert.False(string.IsNullOrWhiteSpace(yardi.Target().Settings[key]), key));
    }

    [Fact]
    public void The_registrar_adds_the_connector_under_the_plugin_id()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        new YardiRegistrar().Register(new Context(Manifest(), new ConfigurationBuilder().Build(), services));

        using var provider = services.BuildServiceProvider();

        Assert.IsType<YardiConnector>(provider.GetRequiredKeyedService<IPmsConnector>("yardi"));
    }

    private sealed record Context(PluginManifest Manifest, IConfiguration Configuration, IServiceCollection Services) : IPluginContext;
}
