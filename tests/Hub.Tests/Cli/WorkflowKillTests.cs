using System.Diagnostics;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Cli;

/// <summary>Durable state survives the hub process being killed (SIGKILL), not just stopped.</summary>
public sealed class WorkflowKillTests
{
    [Fact]
    public async Task A_timer_pending_when_the_hub_is_killed_fires_once_after_it_restarts_and_a_bookmark_resumes()
    {
        using var folder = new TempFolder();
        var data = folder.Combine("data");
        await using var first = await HubProcess.StartAsync(data);
        var aipc = new Aipc(data);
        await File.WriteAllTextAsync(folder.Combine("drill.json"), """
            { "definitionId": "drill", "name": "Drill", "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
              "activities": [
                { "id": "ask", "type": "AiPhoneCoverage.Ask", "version": 1, "prompt": { "typeName": "String", "expression": { "type": "Literal", "value": "Ready?" } } },
                { "id": "wait", "type": "Elsa.Delay", "version": 1, "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "00:00:02" } } },
                { "id": "end", "type": "Elsa.End", "version": 1 } ],
              "connections": [
                { "source": { "activity": "ask", "port": "Answered" }, "target": { "activity": "wait", "port": "In" } },
                { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "end", "port": "In" } } ] } }
            """);
        Assert.Equal(0, (await aipc.RunAsync("workflows", "import", folder.Combine("drill.json"), "--portfolio", "demo")).ExitCode);
        Assert.Equal(0, (await aipc.RunAsync("workflows", "publish", "drill", "--portfolio", "demo")).ExitCode);
        var started = (await aipc.RunAsync("workflows", "run", "drill", "--portfolio", "demo")).Output;
        var instance = started.Split(' ')[0];
        await first.KillAsync(); // SIGKILL, with the instance waiting on its Ask bookmark

        await using var second = await HubProcess.StartAsync(data);
        var resumed = await aipc.RunAsync("workflows", "resume", instance, "ask-0", "--input", "yes", "--portfolio", "demo");
        await second.KillAsync(); // SIGKILL again, now with a durable timer pending
        await using var third = await HubProcess.StartAsync(data);
        var deadline = Stopwatch.StartNew();
        string listed;
        do
        {
            listed = (await aipc.RunAsync("workflows", "instances", "--portfolio", "demo")).Output;
        }
        while (!listed.Contains("finished", StringComparison.Ordinal) && deadline.Elapsed < TimeSpan.FromSeconds(20));

        Assert.Contains("suspended  waiting: ask-0 (input)", started, StringComparison.Ordinal);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("waiting: wait-2 (timer until", resumed.Output, StringComparison.Ordinal);
        Assert.Contains($"{instance}  drill v1  finished", listed, StringComparison.Ordinal);
    }
}
