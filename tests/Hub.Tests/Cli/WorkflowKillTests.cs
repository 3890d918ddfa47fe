using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

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
        var listed = string.Empty;
        await Eventually.UntilAsync(
            async () => (listed = (await aipc.RunAsync("workflows", "instances", "--portfolio", "demo")).Output).Contains("finished", StringComparison.Ordinal),
            "the restarted hub fires the timer and the instance finishes");

        Assert.Contains("suspended  waiting: ask-0 (input)", started, StringComparison.Ordinal);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("waiting: wait-2 (timer until", resumed.Output, StringComparison.Ordinal);
        Assert.Contains($"{instance}  drill v1  finished", listed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Escalation_timeouts_pending_when_the_hub_is_killed_each_fire_exactly_once_after_it_restarts(Provider provider)
    {
        using var folder = new TempFolder();
        var data = folder.Combine("data");
        var aipc = Aipc.WithData(data, provider, pluginsPath: folder.Combine("no-plugins")); // the hub and the commands start faster without
        await File.WriteAllTextAsync(folder.Combine("portfolio.json"), """{ "code": "esc", "name": "Escalations", "properties": [] }""");
        await File.WriteAllTextAsync(folder.Combine("escalate.json"), """
            { "definitionId": "escalate", "name": "Escalate", "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
              "activities": [
                { "id": "wait", "type": "AiPhoneCoverage.WaitForAcknowledgement", "version": 1, "timeout": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "00:00:06" } } },
                { "id": "ack", "type": "Elsa.SetVariable", "version": 1, "variable": { "typeName": "String", "expression": { "type": "Literal", "value": "Outcome" } }, "value": { "typeName": "String", "expression": { "type": "Literal", "value": "acknowledged" } } },
                { "id": "next", "type": "Elsa.SetVariable", "version": 1, "variable": { "typeName": "String", "expression": { "type": "Literal", "value": "Outcome" } }, "value": { "typeName": "String", "expression": { "type": "Literal", "value": "next tier" } } } ],
              "connections": [
                { "source": { "activity": "wait", "port": "Acknowledged" }, "target": { "activity": "ack", "port": "In" } },
                { "source": { "activity": "wait", "port": "TimedOut" }, "target": { "activity": "next", "port": "In" } } ] } }
            """);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", folder.Combine("portfolio.json"))).ExitCode);
        Assert.Equal(0, (await aipc.RunAsync("workflows", "import", folder.Combine("escalate.json"), "--portfolio", "esc")).ExitCode);
        Assert.Equal(0, (await aipc.RunAsync("workflows", "publish", "escalate", "--portfolio", "esc")).ExitCode);
        await using var first = await HubProcess.StartAsync(data);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, (await aipc.RunAsync("workflows", "run", "escalate", "--portfolio", "esc")).ExitCode);
        }

        await first.KillAsync(); // SIGKILL with the three timeouts pending
        var database = Database(data);
        var pendingAtKill = await CountAsync(database, db => db.WorkflowTimers);
        await using var second = await HubProcess.StartAsync(data);
        await Eventually.UntilAsync(
            async () => await CountAsync(database, db => db.WorkflowInstances.Where(i => i.Status == WorkflowStatus.Finished)) >= 3,
            "the restarted hub fires the three timeouts");

        await second.KillAsync();
        await using var read = database.Open(PortfolioScope.System);
        var instances = await read.WorkflowInstances.AsNoTracking().ToListAsync();
        var states = instances.Select(i => WorkflowStateJson.Read(i.StateJson)).ToList();

        Assert.Equal(3, pendingAtKill);
        Assert.Equal(0, await read.WorkflowTimers.CountAsync());
        Assert.All(instances, i => Assert.Equal((WorkflowStatus.Finished, 2), (i.Status, i.Revision))); // saved when started and once when the timer fired
        Assert.All(states, s => Assert.Equal(["wait:suspended:acknowledgement", "wait:TimedOut", "next:Done"], s.Journal.Select(j => $"{j.ActivityId}:{j.Outcome}")));
        Assert.All(states, s => Assert.Equal("next tier", s.Variables["Outcome"]!.GetValue<string>()));
    }

    private static HubDatabase Database(string data)
    {
        var directory = new DataDirectory(data);
        var storage = HubConfiguration.Build(directory).GetSection(StorageOptions.Section).Get<StorageOptions>()!;
        return new HubDatabase(Options.Create(storage), directory);
    }

    private static async Task<int> CountAsync<T>(HubDatabase database, Func<HubDbContext, IQueryable<T>> rows)
    {
        await using var db = database.Open(PortfolioScope.System);
        return await rows(db).CountAsync();
    }
}
