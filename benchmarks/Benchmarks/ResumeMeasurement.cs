using System.Diagnostics;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// One resume of a published 20-activity intake-style workflow, as a webhook turn does it: open a unit of work, load the
/// instance, run to the next bookmark, save. Activity I/O is excluded (the built-in activities do none); each turn
/// evaluates literals and one JavaScript condition. A new instance every 20 turns, as calls are short.
/// </summary>
internal static class ResumeMeasurement
{
    private const int Turns = 10_000;

    public static async Task RunAsync(string? postgres, TextWriter output)
    {
        await using var hub = await BenchHub.StartAsync(postgres);
        await hub.PortfolioAsync(1);
        var portfolio = (await hub.Get<PortfolioLookup>().FindAsync("bench", CancellationToken.None))!.Value;
        var outcome = await hub.Get<WorkflowDefinitionStore>().SaveAsync(portfolio, Definition(), publish: true, CancellationToken.None);
        if (outcome.Refused)
        {
            throw new InvalidOperationException(string.Join("; ", outcome.Problems));
        }

        var database = hub.Get<HubDatabase>();
        var runner = hub.Get<WorkflowRunner>();
        var latency = new Latency();
        Guid instance = default;
        for (var turn = -50; turn < Turns; turn++)
        {
            if (turn % 20 == 0 || turn == -50)
            {
                await using var start = database.Open(PortfolioScope.For(portfolio));
                instance = (await runner.StartAsync(start, "turns", null, CancellationToken.None)).Id;
                await start.SaveChangesAsync();
            }

            var began = Stopwatch.GetTimestamp();
            await using (var db = database.Open(PortfolioScope.For(portfolio)))
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await runner.ResumeNextAsync(db, instance, new ResumeInput(BookmarkKinds.Input, JsonValue.Create($"turn {turn}")), CancellationToken.None);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            if (turn >= 0)
            {
                latency.Add(began);
            }
        }

        output.WriteLine($"| workflow resume, 20-activity published workflow, {(postgres is null ? "SQLite" : "PostgreSQL")} (load, run to the next bookmark, save) | {latency.Summary().Replace("lookups", "resumes", StringComparison.Ordinal)} |");
    }

    /// <summary>Three Ask turns in a cycle, with variables, a JavaScript decision and a switch between them: 20 activities.</summary>
    private static JsonObject Definition()
    {
        var activities = new List<string> { Activity("start", "Elsa.Start") };
        var connections = new List<string> { Connection("start", "Done", "ask0") };
        for (var round = 0; round < 3; round++)
        {
            var ask = $"ask{round}";
            activities.Add(Activity(ask, "AiPhoneCoverage.Ask", ("prompt", "Literal", $"Question {round}?")));
            activities.Add(Activity($"set{round}a", "Elsa.SetVariable", ("variable", "Literal", $"Step{round}"), ("value", "Literal", "done")));
            activities.Add(Activity($"set{round}b", "Elsa.SetVariable", ("variable", "Literal", "Round"), ("value", "Literal", round.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            activities.Add(Activity($"decide{round}", "Elsa.FlowDecision", ("condition", "JavaScript", "Number(Round) >= 0")));
            activities.Add(Activity($"switch{round}", "Elsa.FlowSwitch", ("value", "Literal", "b"), ("cases", "Literal", "a,b,c")));
            activities.Add(Activity($"set{round}c", "Elsa.SetVariable", ("variable", "Literal", "Last"), ("value", "Literal", ask)));
            var next = $"ask{(round + 1) % 3}";
            connections.AddRange([
                Connection(ask, "Answered", $"set{round}a"), Connection(ask, "NoAnswer", next), Connection($"set{round}a", "Done", $"set{round}b"),
                Connection($"set{round}b", "Done", $"decide{round}"), Connection($"decide{round}", "True", $"switch{round}"), Connection($"decide{round}", "False", next),
                Connection($"switch{round}", "b", $"set{round}c"), Connection($"switch{round}", "Default", next), Connection($"set{round}c", "Done", next)]);
        }

        activities.Add(Activity("end", "Elsa.End"));
        connections.Add(Connection("decide2", "False", "end"));
        return JsonNode.Parse($$"""
            { "definitionId": "turns", "name": "Turns", "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
              "activities": [{{string.Join(",", activities)}}], "connections": [{{string.Join(",", connections)}}] } }
            """)!.AsObject();
    }

    private static string Activity(string id, string type, params (string Name, string Type, string Value)[] inputs) =>
        $$"""{ "id": "{{id}}", "type": "{{type}}", "version": 1 {{string.Concat(inputs.Select(i => $$""", "{{i.Name}}": { "typeName": "String", "expression": { "type": "{{i.Type}}", "value": "{{i.Value}}" } }"""))}} }""";

    private static string Connection(string source, string port, string target) =>
        $$"""{ "source": { "activity": "{{source}}", "port": "{{port}}" }, "target": { "activity": "{{target}}", "port": "In" } }""";
}
