using AiPhoneCoverage.Plugins.RealPage;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.RealPage.Tests;

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
    public void The_manifest_names_the_plugin_and_marks_the_licence_and_password_secret()
    {
        var manifest = Manifest();

        Assert.Equal(("realpage", "1.0"), (manifest.Id, manifest.SdkVersion));
        Assert.Equal([PluginCapabilities.Pms], manifest.Capabilities);
        var schema = manifest.ConfigurationSchema!.Value;
        Assert.Equal(["baseUrl", "partner", "pmcId", "licenseKey"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = schema.GetProperty("properties");
        Assert.Equal(
            ["baseUrl", "partner", "pmcId", "licenseKey", "userName", "password", "system", "defaultLocation", "lookbackDays", "rosterPageSize"],
            properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["licenseKey", "password"],
            properties.EnumerateObject().Where(p => p.Value.TryGetProperty("secret", out var s) && s.GetBoolean()).Select(p => p.Name));
        Assert.Equal(typeof(RealPageRegistrar).Assembly.GetName().Name + ".dll", manifest.Assembly);
    }

    [Fact]
    public void The_registrar_adds_the_connector_under_the_plugin_id()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        services.AddSingleton(TimeProvider.System);
        new RealPageRegistrar().Register(new Context(Manifest(), new ConfigurationBuilder().Build(), services));

        using var provider = services.BuildServiceProvider();

        Assert.IsType<RealPageConnector>(provider.GetRequiredKeyedService<IPmsConnector>("realpage"));
    }

    private sealed record Context(PluginManifest Manifest, IConfiguration Configuration, IServiceCollection Services) : IPluginContext;
}
