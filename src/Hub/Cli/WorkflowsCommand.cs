using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Workflows.Definitions;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc workflows list | export ID | import FILE | validate FILE | publish ID`, each with <c>--portfolio CODE</c>.</summary>
internal static class WorkflowsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("workflows", "A portfolio's workflow definitions (Elsa 3 JSON) and instances")
        {
            List(), Export(), Import(), Validate(), Publish(),
        };
        foreach (var instances in WorkflowInstancesCommands.Create())
        {
            command.Subcommands.Add(instances);
        }

        return command;
    }

    private static Command List()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var json = CliOptions.Json();
        var command = new Command("list", "Each definition's latest version and whether it is published") { portfolio, json };
        command.SetAction((parseResult, ct) => WithPortfolio(parseResult, portfolio, async (services, id, output) =>
        {
            var definitions = await services.Get<WorkflowDefinitionStore>().ListAsync(id, ct);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(definitions.Select(d => new { d.DefinitionId, d.Name, d.Version, d.IsPublished, d.UpdatedAt })));
            }
            else
            {
                TextTable.Write(output, ["DEFINITION", "NAME", "LATEST", "STATE"],
                    definitions.Select(d => (IReadOnlyList<string>)[d.DefinitionId, d.Name, d.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), d.IsPublished ? "published" : "draft"]));
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Export()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var definition = new Argument<string>("definition-id");
        var published = new Option<bool>("--published") { Description = "The latest published version rather than the latest version" };
        var command = new Command("export", "Print a definition's model as Elsa 3 JSON") { definition, portfolio, published };
        command.SetAction((parseResult, ct) => WithPortfolio(parseResult, portfolio, async (services, id, output) =>
        {
            var options = parseResult.GetValue(published) ? VersionOptions.Published : VersionOptions.Latest;
            var record = await services.Get<WorkflowDefinitionStore>().FindAsync(id, parseResult.GetValue(definition)!, options, ct);
            if (record is null)
            {
                await output.WriteLineAsync($"error: no workflow '{parseResult.GetValue(definition)}'");
                return 1;
            }

            await output.WriteLineAsync(JsonNode.Parse(record.Json)!.ToJsonString(Indented));
            return 0;
        }, ct));
        return command;
    }

    private static Command Import()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var file = new Argument<FileInfo>("file");
        var command = new Command("import", "Create or update a definition's draft from a file") { file, portfolio };
        command.SetAction((parseResult, ct) => WithPortfolio(parseResult, portfolio, async (services, id, output) =>
        {
            var model = await ReadAsync(parseResult.GetValue(file)!, output);
            if (model is null)
            {
                return 1;
            }

            var outcome = await services.Get<WorkflowDefinitionStore>().SaveAsync(id, model, publish: false, ct);
            return await ReportAsync(outcome, output, $"draft version {outcome.Definition?.Version} of '{outcome.Definition?.DefinitionId}' saved");
        }, ct));
        return command;
    }

    private static Command Validate()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var file = new Argument<FileInfo>("file");
        var command = new Command("validate", "Check a definition file as publishing would, without saving it") { file, portfolio };
        command.SetAction((parseResult, ct) => WithPortfolio(parseResult, portfolio, async (services, _, output) =>
        {
            var model = await ReadAsync(parseResult.GetValue(file)!, output);
            if (model is null)
            {
                return 1;
            }

            var flowchart = FlowchartModel.Read(model, out var unreadable);
            var problems = flowchart is null ? [DefinitionProblem.Error(unreadable!)] : services.Get<DefinitionValidator>().Validate(flowchart);
            foreach (var problem in problems)
            {
                await output.WriteLineAsync(problem.ToString());
            }

            var valid = !problems.Any(p => p.IsError);
            await output.WriteLineAsync(valid ? "valid: it can be published" : "invalid: publishing would be refused");
            return valid ? 0 : 2;
        }, ct));
        return command;
    }

    private static Command Publish()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var definition = new Argument<string>("definition-id");
        var command = new Command("publish", "Publish a definition's draft as its next version") { definition, portfolio };
        command.SetAction((parseResult, ct) => WithPortfolio(parseResult, portfolio, async (services, id, output) =>
        {
            var outcome = await services.Get<WorkflowDefinitionStore>().PublishDraftAsync(id, parseResult.GetValue(definition)!, ct);
            return await ReportAsync(outcome, output, $"'{outcome.Definition?.DefinitionId}' version {outcome.Definition?.Version} published");
        }, ct));
        return command;
    }

    private static Task<int> WithPortfolio(ParseResult parseResult, Option<string?> portfolio, Func<CliServices, Guid, TextWriter, Task<int>> action, CancellationToken ct) =>
        CliPortfolio.RunAsync(parseResult, portfolio, action, ct);

    private static async Task<JsonObject?> ReadAsync(FileInfo file, TextWriter output)
    {
        try
        {
            var node = JsonNode.Parse(await File.ReadAllTextAsync(file.FullName));
            // Accept a bare model or a Studio save body ({"model": ..., "publish": ...}).
            return (node?["model"] as JsonObject) ?? node as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            await output.WriteLineAsync($"error: {file.Name}: {ex.Message}");
            return null;
        }
    }

    private static async Task<int> ReportAsync(SaveOutcome outcome, TextWriter output, string success)
    {
        foreach (var problem in outcome.Problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        await output.WriteLineAsync(outcome.Refused ? "refused: nothing changed" : success);
        return outcome.Refused ? 2 : 0;
    }
}
