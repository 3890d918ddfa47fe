using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>Builds flowcharts for runtime tests, publishes them, and runs them in committed units of work.</summary>
internal static class RuntimeFixture
{
    public static string Activity(string id, string type, params (string Name, string Type, string Value)[] inputs) =>
        $$"""{ "id": "{{id}}", "type": "{{type}}", "version": 1, "name": "{{id}}" {{string.Concat(inputs.Select(i =>
            $$""", "{{i.Name}}": { "typeName": "String", "expression": { "type": "{{i.Type}}", "value": {{System.Text.Json.JsonSerializer.Serialize(i.Value)}} } }"""))}} }""";

    public static string Connection(string source, string port, string target) =>
        $$"""{ "source": { "activity": "{{source}}", "port": "{{port}}" }, "target": { "activity": "{{target}}", "port": "In" } }""";

    public static async Task<Guid> PortfolioAsync(TestHub hub)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("p.json"), """{ "code": "demo", "name": "Demo", "properties": [] }""");
        Assert.True((await hub.Get<PortfolioImporter>().ImportAsync(folder.Combine("p.json"), CancellationToken.None)).Succeeded);
        return (await hub.Get<PortfolioLookup>().FindAsync("demo", CancellationToken.None))!.Value;
    }

    public static async Task PublishAsync(TestHub hub, Guid portfolio, string definitionId, string activities, string connections, string variables = "")
    {
        var model = JsonNode.Parse($$"""
            { "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "variables": [{{variables}}],
              "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1, "activities": [{{activities}}], "connections": [{{connections}}] } }
            """)!.AsObject();
        var outcome = await hub.Get<WorkflowDefinitionStore>().SaveAsync(portfolio, model, publish: true, CancellationToken.None);
        Assert.False(outcome.Refused, string.Join("; ", outcome.Problems));
    }

    public static async Task<Guid> StartAsync(TestHub hub, Guid portfolio, string definitionId)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolio));
        var instance = await hub.Get<WorkflowRunner>().StartAsync(db, definitionId, correlationId: null, CancellationToken.None);
        await db.SaveChangesAsync();
        return instance.Id;
    }

    public static async Task<ResumeResult> ResumeAsync(TestHub hub, Guid portfolio, Guid instanceId, string bookmarkId, ResumeInput input)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolio));
        var result = await hub.Get<WorkflowRunner>().ResumeAsync(db, instanceId, bookmarkId, input, CancellationToken.None);
        await db.SaveChangesAsync();
        return result;
    }

    public static async Task<(WorkflowInstanceRecord Instance, WorkflowState State)> LoadAsync(TestHub hub, Guid portfolio, Guid instanceId)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolio));
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
        return (instance, WorkflowStateJson.Read(instance.StateJson));
    }

    public static async Task<int> TimerCountAsync(TestHub hub, Guid portfolio)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(portfolio));
        return await db.WorkflowTimers.CountAsync();
    }
}
