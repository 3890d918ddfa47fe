using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using static AiPhoneCoverage.Hub.Tests.Workflows.RuntimeFixture;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>A plugin contributes an activity through the SDK; the catalogue describes it and the runtime runs it.</summary>
public sealed class PluginActivityTests
{
    [Fact]
    public async Task A_plugin_activity_appears_in_the_catalogue_and_runs_with_its_outputs_and_outcome()
    {
        using var plugins = new TempFolder();
        Folders.Copy(Path.Combine(RepoPaths.TestPlugins, "test.good"), plugins.Combine("test.good"));
        await using var hub = await TestHub.StartAsync(Provider.Sqlite, plugins.Path);
        var portfolio = await PortfolioAsync(hub);
        await PublishAsync(hub, portfolio, "echo",
            Activity("echo", "TestPlugins.Echo", ("text", "JavaScript", "'water ' + 'leak'")) + "," +
            Activity("keep", "Elsa.SetVariable", ("variable", "Literal", "Heard"), ("value", "Literal", "yes")),
            Connection("echo", "Echoed", "keep"));

        var descriptor = hub.Get<ActivityCatalog>().Find("TestPlugins.Echo", 1);
        var (instance, state) = await LoadAsync(hub, portfolio, await StartAsync(hub, portfolio, "echo"));

        Assert.Equal("Test plugin", descriptor!.Category);
        Assert.Equal(["Echoed"], descriptor.Outcomes);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("WATER LEAK", state.Outputs["echo"]["Echo"]!.GetValue<string>());
        Assert.Equal(["echo:Echoed", "keep:Done"], state.Journal.Select(j => $"{j.ActivityId}:{j.Outcome}"));
    }

    [Fact]
    public async Task A_plugin_activity_that_fails_faults_the_instance_with_its_message()
    {
        using var plugins = new TempFolder();
        Folders.Copy(Path.Combine(RepoPaths.TestPlugins, "test.good"), plugins.Combine("test.good"));
        await using var hub = await TestHub.StartAsync(Provider.Sqlite, plugins.Path);
        var portfolio = await PortfolioAsync(hub);
        await PublishAsync(hub, portfolio, "echo", Activity("echo", "TestPlugins.Echo", ("text", "Literal", "x"), ("fail", "Literal", "true")), string.Empty);

        var (instance, state) = await LoadAsync(hub, portfolio, await StartAsync(hub, portfolio, "echo"));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("TestPlugins.Echo: the echo was asked to fail", state.Fault!.Message);
    }
}
