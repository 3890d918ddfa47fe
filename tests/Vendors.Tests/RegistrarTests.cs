using AiPhoneCoverage.Plugins.Vendors.Generic;
using AiPhoneCoverage.Plugins.Vendors.ServiceChannel;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Vendors.Tests;

/// <summary>Both manifests as the hub reads them, and what each registrar adds to the hub's services.</summary>
public sealed class RegistrarTests
{
    // Both plugins copy a plugin.json into the test output; read each from its own project folder instead.
    private static PluginManifest Manifest(string folder)
    {
        var path = Path.Combine(Root(), "plugins", folder, "plugin.json");
        var parsed = PluginManifest.Parse(File.ReadAllText(path));
        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        return parsed.Value;
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "AiPhoneCoverage.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return folder.FullName;
    }

    [Theory]
    [InlineData("Vendors.Generic", "vendor.generic", new[] { "webhookUrl", "signingSecret" }, new[] { "signingSecret", "previousSigningSecret" })]
    [InlineData("Vendors.ServiceChannel", "vendor.servicechannel", new[] { "baseUrl", "authUrl", "clientId", "clientSecret", "providerId" }, new[] { "clientSecret" })]
    public void The_manifest_names_the_plugin_its_capability_its_required_settings_and_marks_the_secrets(string folder, string id, string[] required, string[] secrets)
    {
        var manifest = Manifest(folder);

        Assert.Equal((id, "1.0"), (manifest.Id, manifest.SdkVersion));
        Assert.Equal([PluginCapabilities.VendorDispatch], manifest.Capabilities);
        Assert.Equal($"AiPhoneCoverage.Plugins.{folder}.dll", manifest.Assembly);
        var schema = manifest.ConfigurationSchema!.Value;
        Assert.Equal(required, schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = schema.GetProperty("properties").EnumerateObject().ToList();
        Assert.Equal(secrets, properties.Where(p => p.Value.TryGetProperty("secret", out var s) && s.GetBoolean()).Select(p => p.Name));
    }

    [Fact]
    public void Each_registrar_adds_its_dispatcher_under_its_plugin_id()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        new GenericVendorRegistrar().Register(new Context(Manifest("Vendors.Generic"), new ConfigurationBuilder().Build(), services));
        new ServiceChannelRegistrar().Register(new Context(Manifest("Vendors.ServiceChannel"), new ConfigurationBuilder().Build(), services));

        using var provider = services.BuildServiceProvider();

        Assert.IsType<GenericVendorDispatcher>(provider.GetRequiredKeyedService<IVendorDispatcher>("vendor.generic"));
        Assert.IsType<ServiceChannelDispatcher>(provider.GetRequiredKeyedService<IVendorDispatcher>("vendor.servicechannel"));
    }

    private sealed record Context(PluginManifest Manifest, IConfiguration Configuration, IServiceCollection Services) : IPluginContext;
}
