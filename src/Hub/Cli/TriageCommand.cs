using System.CommandLine;
using System.Text.Json;
using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc triage --input scenarios.jsonl [--output results.jsonl] [--portfolio CODE] [--policy FILE] [--model ID]`: every
/// scenario through the portfolio's published Intake workflow (with a draft policy or another model when given), one
/// result line per scenario, and a report when the scenarios carry expectations. Nothing is written to the hub.
/// </summary>
internal static class TriageCommand
{
    private static readonly JsonSerializerOptions Lines = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new SnakeCaseEnumConverter<Urgency>(), new SnakeCaseEnumConverter<Category>() },
    };

    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Scenarios, one JSON object per line: {id, turns, context?, expect?}", Required = true };
        var outputFile = new Option<FileInfo?>("--output") { Description = "Write one result line per scenario here" };
        var portfolio = new Option<string?>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var policy = new Option<FileInfo?>("--policy") { Description = "Evaluate this draft policy file instead of the published policy" };
        var model = new Option<string?>("--model") { Description = "Intent-model plugin id (default: the workflow's, ai.local)" };
        var command = new Command("triage", "Run triage scenarios through the Intake workflow and report") { input, outputFile, portfolio, policy, model };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            if (parseResult.GetValue(policy) is { } policyFile)
            {
                var (draft, problems) = TriagePolicyJson.Read(await File.ReadAllTextAsync(policyFile.FullName, ct));
                if (draft is null)
                {
                    problems.ToList().ForEach(p => output.WriteLine($"error: {policyFile.Name}: {p}"));
                    return 1;
                }

                services.Get<TriagePolicyOverride>().Policy = draft;
            }

            var runner = services.Get<ScenarioRunner>();
            var report = new TriageReport();
            var expectations = false;
            await using var results = parseResult.GetValue(outputFile) is { } file ? new StreamWriter(file.FullName) : null;
            var lineNumber = 0;
            foreach (var line in await File.ReadAllLinesAsync(parseResult.GetValue(input)!.FullName, ct))
            {
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var (scenario, problem) = TriageScenario.Parse(line);
                if (scenario is null)
                {
                    await output.WriteLineAsync($"line {lineNumber}: {problem}; skipped");
                    continue;
                }

                var result = await runner.RunAsync(portfolioId, scenario, parseResult.GetValue(model), ct);
                report.Add(scenario, result);
                expectations |= scenario.ExpectedUrgency is not null || scenario.ExpectedCategory is not null;
                var json = JsonSerializer.Serialize(result, Lines);
                if (results is null)
                {
                    await output.WriteLineAsync(json);
                }
                else
                {
                    await results.WriteLineAsync(json);
                }
            }

            if (expectations)
            {
                report.Write(output);
            }

            return 0;
        }, ct));
        return command;
    }
}
