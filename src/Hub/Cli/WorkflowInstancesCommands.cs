using System.CommandLine;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc workflows run ID`, `aipc workflows instances` and `aipc workflows resume INSTANCE BOOKMARK [--input TEXT]`, each with
/// <c>--portfolio CODE</c>: start and drive instances by hand (drills, demos, support). Timers are fired by the running hub.
/// </summary>
internal static class WorkflowInstancesCommands
{
    public static IEnumerable<Command> Create() => [Run(), Instances(), Resume()];

    private static Command Run()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var definition = new Argument<string>("definition-id");
        var command = new Command("run", "Start an instance of a definition's latest published version") { definition, portfolio };
        command.SetAction((parseResult, ct) => InPortfolioAsync(parseResult, portfolio, async (services, db, output) =>
        {
            var instance = await services.Get<WorkflowRunner>().StartAsync(db, parseResult.GetValue(definition)!, correlationId: null, ct);
            await db.SaveChangesAsync(ct);
            await WriteAsync(output, instance);
            return 0;
        }, ct));
        return command;
    }

    private static Command Instances()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var command = new Command("instances", "List instances with their status and what they wait for") { portfolio };
        command.SetAction((parseResult, ct) => InPortfolioAsync(parseResult, portfolio, async (_, db, output) =>
        {
            var instances = await db.WorkflowInstances.AsNoTracking().OrderBy(i => i.CreatedAt).ToListAsync(ct);
            foreach (var instance in instances)
            {
                await WriteAsync(output, instance);
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Resume()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var instanceId = new Argument<Guid>("instance-id");
        var bookmark = new Argument<string>("bookmark-id");
        var input = new Option<string?>("--input") { Description = "What the bookmark receives, for example the caller's words" };
        var kind = new Option<string>("--kind") { Description = "input or acknowledgement", DefaultValueFactory = _ => BookmarkKinds.Input };
        var command = new Command("resume", "Resume an instance's bookmark") { instanceId, bookmark, portfolio, input, kind };
        command.SetAction((parseResult, ct) => InPortfolioAsync(parseResult, portfolio, async (services, db, output) =>
        {
            var text = parseResult.GetValue(input);
            var result = await services.Get<WorkflowRunner>().ResumeAsync(db, parseResult.GetValue(instanceId), parseResult.GetValue(bookmark)!,
                new ResumeInput(parseResult.GetValue(kind)!, text is null ? null : System.Text.Json.Nodes.JsonValue.Create(text)), ct);
            if (result != ResumeResult.Resumed)
            {
                await output.WriteLineAsync($"error: {(result == ResumeResult.NoSuchInstance ? "no such instance" : "no such bookmark: it was resumed already or the instance moved on")}");
                return 1;
            }

            await db.SaveChangesAsync(ct);
            await WriteAsync(output, await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == parseResult.GetValue(instanceId), ct));
            return 0;
        }, ct));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, WorkflowInstanceRecord instance)
    {
        var state = WorkflowStateJson.Read(instance.StateJson);
        var waiting = string.Join(", ", state.Bookmarks.Select(b => $"{b.Id} ({b.Kind}{(b.DueAt is { } due ? $" until {due:O}" : string.Empty)})"));
        await output.WriteLineAsync($"{instance.Id}  {instance.DefinitionId} v{instance.Version}  {instance.Status}" +
            (waiting.Length > 0 ? $"  waiting: {waiting}" : string.Empty) + (state.Fault is { } fault ? $"  fault at {fault.ActivityId}: {fault.Message}" : string.Empty));
    }

    private static Task<int> InPortfolioAsync(ParseResult parseResult, Option<string?> portfolio, Func<CliServices, HubDbContext, TextWriter, Task<int>> action, CancellationToken ct) =>
        CliPortfolio.RunAsync(parseResult, portfolio, async (services, id, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(id));
            try
            {
                return await action(services, db, output);
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("no published version", StringComparison.Ordinal))
            {
                await output.WriteLineAsync($"error: {ex.Message}");
                return 1;
            }
        }, ct);
}
