using AiPhoneCoverage.Plugins.Telephony.Twilio;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Telephony.Twilio.Tests;

/// <summary>The manifest as the hub reads it, and what the registrar adds to the hub's services.</summary>
public sealed class RegistrarTests
{
    private static PluginManifest Manifest()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugin.json");
        var parsed = PluginManifest.Parse(File.ReadAllText(path));
        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        return parsed.Value;
    }

    [Fact]
    public void The_manifest_names_the_plugin_its_section_and_its_settings()
    {
        var manifest = Manifest();

        Assert.Equal(("telephony.twilio", "Twilio", "1.1"), (manifest.Id, manifest.ConfigurationSection, manifest.SdkVersion));
        Assert.Equal([PluginCapabilities.Telephony], manifest.Capabilities);
        var properties = manifest.ConfigurationSchema!.Value.GetProperty("properties");
        Assert.Equal(
            ["accountSid", "authToken", "publicBaseUrl", "voice", "language", "apiBaseUrl"],
            properties.EnumerateObject().Select(p => p.Name));
        Assert.True(properties.GetProperty("authToken").GetProperty("secret").GetBoolean());
        Assert.Equal(typeof(TwilioRegistrar).Assembly.GetName().Name + ".dll", manifest.Assembly);
    }

    [Fact]
    public void The_registrar_adds_the_provider_under_the_plugin_id()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        new TwilioRegistrar().Register(new Context(Manifest(), new ConfigurationBuilder().Build(), services));

        using var provider = services.BuildServiceProvider();

        Assert.IsType<TwilioTelephonyProvider>(provider.GetRequiredKeyedService<ITelephonyProvider>("telephony.twilio"));
    }

    private sealed record Context(PluginManifest Manifest, IConfiguration Configuration, IServiceCollection Services) : IPluginContext;
}
