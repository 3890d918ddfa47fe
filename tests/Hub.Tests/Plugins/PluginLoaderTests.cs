using AiPhoneCoverage.Hub.Plugins;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiPhoneCoverage.Hub.Tests.Plugins;

/// <summary>The loader, with real tiny plugins built from tests/TestPlugins into their own load contexts.</summary>
public sealed class PluginLoaderTests : IDisposable
{
    private readonly TempFolder _plugins = new();
    private readonly ServiceCollection _services = new();

    private IReadOnlyList<LoadedPlugin> Load(params string[] testPlugins)
    {
        foreach (var id in testPlugins)
        {
            Folders.Copy(Path.Combine(RepoPaths.TestPlugins, id), _plugins.Combine(id));
        }

        return new IsolatedPluginLoader(NullLogger<IsolatedPluginLoader>.Instance).LoadAll(_plugins.Path, _services, new ConfigurationBuilder().Build());
    }

    [Fact]
    public async Task A_good_plugin_loads_in_its_own_context_and_its_connector_answers_through_the_sdk()
    {
        var plugin = Assert.Single(Load("test.good"));

        Assert.Equal((PluginStatus.Loaded, "1.2.3"), (plugin.Status, plugin.Version));
        using var provider = _services.BuildServiceProvider();
        var connector = provider.GetRequiredKeyedService<IPmsConnector>("test.good");
        var page = await connector.ExportRosterAsync(new PmsProperty("p", "p", new Dictionary<string, string>()), null, CancellationToken.None);
        Assert.Equal("Lovelace", Assert.Single(page.Value!.Residents).LastName);
        Assert.NotSame(System.Runtime.Loader.AssemblyLoadContext.Default, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly));
    }

    [Fact]
    public void A_plugin_built_for_a_newer_sdk_is_faulted_before_any_of_its_code_runs()
    {
        var plugin = Assert.Single(Load("test.newersdk"));

        Assert.Equal(PluginStatus.Faulted, plugin.Status);
        Assert.Contains("built for SDK 1.9; this hub has SDK 1.1", plugin.Reason, StringComparison.Ordinal);
        Assert.Empty(_services);
    }

    [Fact]
    public void A_plugin_whose_registrar_throws_is_faulted_and_leaves_no_services_behind()
    {
        var plugin = Assert.Single(Load("test.throwing"));

        Assert.Equal(PluginStatus.Faulted, plugin.Status);
        Assert.Equal("InvalidOperationException: the registrar failed on purpose", plugin.Reason);
        Assert.Empty(_services);
    }

    [Fact]
    public void One_broken_plugin_does_not_stop_the_others()
    {
        Directory.CreateDirectory(_plugins.Combine("garbage"));
        File.WriteAllText(_plugins.Combine("garbage", "plugin.json"), "{ not json");

        var plugins = Load("test.good", "test.newersdk", "test.throwing");

        Assert.Equal(
            [("garbage", PluginStatus.Faulted), ("test.good", PluginStatus.Loaded), ("test.newersdk", PluginStatus.Faulted), ("test.throwing", PluginStatus.Faulted)],
            plugins.Select(p => (p.Id, p.Status)));
        Assert.StartsWith("plugin.json is not valid", plugins[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_or_with_a_missing_assembly_is_faulted_with_the_reason()
    {
        Directory.CreateDirectory(_plugins.Combine("empty"));
        Directory.CreateDirectory(_plugins.Combine("noassembly"));
        File.WriteAllText(_plugins.Combine("noassembly", "plugin.json"), """{ "id": "x.y", "version": "1.0", "sdkVersion": "1.0", "assembly": "X.dll" }""");

        var plugins = Load();

        Assert.Equal("no plugin.json in the plugin's folder", plugins[0].Reason);
        Assert.Equal("assembly 'X.dll' named in plugin.json is missing", plugins[1].Reason);
    }

    [Fact]
    public void Every_plugin_the_solution_builds_loads()
    {
        var plugins = new IsolatedPluginLoader(NullLogger<IsolatedPluginLoader>.Instance)
            .LoadAll(RepoPaths.Plugins, _services, new ConfigurationBuilder().Build());

        Assert.Equal(["ai.local", "ai.openai", "appfolio", "realpage", "telephony.twilio", "vendor.generic", "vendor.servicechannel", "yardi"], plugins.Select(p => p.Id).Order());
        Assert.All(plugins, p => Assert.True(p.Status == PluginStatus.Loaded, $"{p.Id}: {p.Reason}"));
    }

    [Fact]
    public async Task The_local_model_loads_minilm_and_its_native_onnx_runtime_inside_its_own_load_context()
    {
        Folders.Copy(Path.Combine(RepoPaths.Plugins, "ai.local"), _plugins.Combine("ai.local"));
        var plugin = Assert.Single(new IsolatedPluginLoader(NullLogger<IsolatedPluginLoader>.Instance).LoadAll(_plugins.Path, _services, new ConfigurationBuilder().Build()));
        using var provider = _services.AddLogging().BuildServiceProvider();

        var model = provider.GetRequiredKeyedService<IIntentModel>("ai.local");
        var analysis = await model.AnalyzeAsync(new IntentRequest([new TranscriptTurn(Speaker.Caller, "water is pouring through my ceiling", DateTimeOffset.UnixEpoch)]), CancellationToken.None);

        Assert.Equal(PluginStatus.Loaded, plugin.Status);
        Assert.True(analysis.IsSuccess);
        Assert.Equal(Category.Plumbing, analysis.Value.Category);
        Assert.Contains(analysis.Value.Signals, s => s is { Name: "water_active", Present: true });
        Assert.NotSame(System.Runtime.Loader.AssemblyLoadContext.Default, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(model.GetType().Assembly));
    }

    public void Dispose() => _plugins.Dispose();
}
