using System.Globalization;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// The workflow of the timer measurements (Start, Delay for as long as the variable Wait says, SetVariable, End), how
/// they start instances of it due at chosen times, and what they check afterwards: every instance finished, its delay
/// resumed exactly once, no timer row left.
/// </summary>
internal static class TimerWorkflow
{
    public const string DefinitionId = "timer";
    private const int PerUnitOfWork = 100;

    /// <summary>Creates portfolio "bench" in the hub's database and publishes the workflow there; returns the portfolio.</summary>
    public static async Task<Guid> PublishAsync(BenchHub hub)
    {
        await hub.PortfolioAsync(1);
        var portfolio = (await hub.Get<PortfolioLookup>().FindAsync("bench", CancellationToken.None))!.Value;
        var outcome = await hub.Get<WorkflowDefinitionStore>().SaveAsync(portfolio, Definition(), publish: true, CancellationToken.None);
        if (outcome.Refused)
        {
            throw new InvalidOperationException(string.Join("; ", outcome.Problems));
        }

        return portfolio;
    }

    /// <summary>
    /// Starts one instance per due time, 100 to a transaction (in the writer queue on SQLite, as a webhook writes), each
    /// waiting on a durable timer due then. Returns each instance's timer as it was stored.
    /// </summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> StartAsync(BenchHub hub, Guid portfolio, IReadOnlyList<DateTimeOffset> dues)
    {
        var database = hub.Get<HubDatabase>();
        var runner = hub.Get<WorkflowRunner>();
        var time = hub.Get<TimeProvider>();
        var started = new Dictionary<Guid, DateTimeOffset>(dues.Count);
        foreach (var chunk in dues.Chunk(PerUnitOfWork))
        {
            await using var db = database.Open(PortfolioScope.For(portfolio));
            using var writer = await database.EnterWriterAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var due in chunk)
            {
                var wait = due - time.GetUtcNow();
                var input = new Dictionary<string, JsonNode?> { ["Wait"] = (wait > TimeSpan.Zero ? wait : TimeSpan.Zero).ToString("c", CultureInfo.InvariantCulture) };
                var instance = await runner.StartAsync(db, DefinitionId, correlationId: null, input, CancellationToken.None);
                started[instance.Id] = db.WorkflowTimers.Local.Single(t => t.InstanceId == instance.Id).DueAt;
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return started;
    }

    /// <summary>How many of the instances have finished, read from the database.</summary>
    public static async Task<int> FinishedAsync(HubDatabase database, Guid portfolio)
    {
        await using var db = database.Open(PortfolioScope.For(portfolio));
        return await db.WorkflowInstances.CountAsync(i => i.DefinitionId == DefinitionId && i.Status == WorkflowStatus.Finished);
    }

    /// <summary>Waits until every instance has finished or <paramref name="patience"/> has passed; polls every 100 ms.</summary>
    public static async Task WaitFinishedAsync(HubDatabase database, Guid portfolio, int count, TimeSpan patience)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < patience && await FinishedAsync(database, portfolio) < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>
    /// Reads every instance back. One that resumed its delay exactly once is finished, at revision 2 (saved when it
    /// started and once more when the timer fired), with one "Done" of the delay in its journal and the variable the
    /// step after the delay sets.
    /// </summary>
    public static async Task<TimerCheck> CheckAsync(HubDatabase database, Guid portfolio, IReadOnlyDictionary<Guid, DateTimeOffset> started)
    {
        await using var db = database.Open(PortfolioScope.For(portfolio));
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => i.DefinitionId == DefinitionId).ToListAsync();
        var timersLeft = await db.WorkflowTimers.CountAsync();
        var finished = 0;
        var once = 0;
        var resumedAt = new Dictionary<Guid, DateTimeOffset>();
        foreach (var instance in instances.Where(i => started.ContainsKey(i.Id)))
        {
            var state = WorkflowStateJson.Read(instance.StateJson);
            if (instance.Status != WorkflowStatus.Finished)
            {
                continue;
            }

            finished++;
            resumedAt[instance.Id] = instance.UpdatedAt;
            var delays = state.Journal.Count(j => j.ActivityId == "wait" && j.Outcome == "Done");
            if (instance.Revision == 2 && delays == 1 && state.Variables.TryGetValue("Fired", out var fired) && fired?.GetValue<string>() == "yes")
            {
                once++;
            }
        }

        return new TimerCheck(started.Count, finished, once, timersLeft, resumedAt);
    }

    private static JsonObject Definition() => JsonNode.Parse("""
        { "definitionId": "timer", "name": "Timer", "variables": [{ "id": "wait", "name": "Wait", "typeName": "String" }, { "id": "fired", "name": "Fired", "typeName": "String" }],
          "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "start", "type": "Elsa.Start", "version": 1 },
              { "id": "wait", "type": "Elsa.Delay", "version": 1, "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Variable", "value": "Wait" } } },
              { "id": "set", "type": "Elsa.SetVariable", "version": 1,
                "variable": { "typeName": "String", "expression": { "type": "Literal", "value": "Fired" } },
                "value": { "typeName": "String", "expression": { "type": "Literal", "value": "yes" } } },
              { "id": "end", "type": "Elsa.End", "version": 1 } ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "set", "port": "In" } },
              { "source": { "activity": "set", "port": "Done" }, "target": { "activity": "end", "port": "In" } } ] } }
        """)!.AsObject();
}
