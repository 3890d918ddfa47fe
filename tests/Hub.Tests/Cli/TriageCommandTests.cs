using System.Text.Json;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Cli;

/// <summary>`aipc triage`: scenarios through the published Intake workflow with the real ai.local model, and a report.</summary>
public sealed class TriageCommandTests
{
    private const string Scenarios = """
        {"id": "leak", "turns": ["there's water under my sink", "yes it's still pouring out"], "expect": {"category": "plumbing", "urgency": "emergency", "life_safety": false}}
        {"id": "gas", "turns": ["I smell gas in my kitchen"], "expect": {"category": "life_safety", "urgency": "emergency", "life_safety": true}}
        this line is not json
        {"id": "cold", "turns": ["my heat is not working", "it's just me here, I'm fine"], "context": {"outdoor_temp_f": 48}, "expect": {"category": "hvac", "urgency": "urgent", "life_safety": false}}
        {"id": "rent", "turns": ["I have a question about a late fee on my rent"], "expect": {"category": "billing", "urgency": "none", "life_safety": false}}
        """;

    [Fact]
    public async Task Every_scenario_gets_a_result_line_a_malformed_line_is_named_and_the_report_adds_up()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("s.jsonl"), Scenarios);

        var run = await aipc.RunAsync("triage", "--input", folder.Combine("s.jsonl"), "--output", folder.Combine("r.jsonl"));
        var results = (await File.ReadAllLinesAsync(folder.Combine("r.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(r => r.GetProperty("id").GetString()!);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 3: not JSON", run.Output, StringComparison.Ordinal);
        Assert.Equal(["cold", "gas", "leak", "rent"], results.Keys.Order());
        Assert.Equal(["Is water still flowing right now, or has it stopped?"], results["leak"].GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
        Assert.Empty(results["gas"].GetProperty("questions").EnumerateArray());
        Assert.True(results["gas"].GetProperty("life_safety").GetBoolean());
        Assert.Contains("urgency accuracy:     100.0%", run.Output, StringComparison.Ordinal);
        Assert.Contains("emergency recall:     100.0%", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await aipc.RunAsync("workflows", "instances", "--portfolio", "demo")).Output.Trim().Length); // nothing left behind
    }

    [Fact]
    public async Task A_draft_threshold_changes_the_urgency_of_the_affected_scenario_and_no_other()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("s.jsonl"), Scenarios);
        await File.WriteAllTextAsync(folder.Combine("policy.json"), """{ "no_heat_below_f": 50 }""");

        await aipc.RunAsync("triage", "--input", folder.Combine("s.jsonl"), "--output", folder.Combine("published.jsonl"));
        await aipc.RunAsync("triage", "--input", folder.Combine("s.jsonl"), "--output", folder.Combine("draft.jsonl"), "--policy", folder.Combine("policy.json"));
        var published = Urgencies(folder.Combine("published.jsonl"));
        var draft = Urgencies(folder.Combine("draft.jsonl"));

        Assert.Equal(("urgent", "emergency"), (published["cold"], draft["cold"]));
        Assert.All(published.Keys.Where(k => k != "cold"), k => Assert.Equal(published[k], draft[k]));
    }

    [Fact]
    public async Task With_the_chosen_model_not_configured_every_scenario_is_answered_by_the_local_model_and_says_so()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("s.jsonl"), Scenarios);

        var run = await aipc.RunAsync("triage", "--input", folder.Combine("s.jsonl"), "--model", "ai.openai");

        var lines = run.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Equal("ai.openai failed (not_configured); ai.local answered", l.GetProperty("model_fallback").GetString()));
    }

    [Fact]
    public async Task With_the_openai_compatible_endpoint_slow_every_scenario_is_answered_through_the_fallback()
    {
        using var server = WireMock.Server.WireMockServer.Start();
        server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/chat/completions").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)).WithBody("{}"));
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        var settings = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(folder.Combine("data", "appsettings.json")))!;
        settings["AI"] = new System.Text.Json.Nodes.JsonObject
        {
            ["OpenAI"] = new System.Text.Json.Nodes.JsonObject { ["Endpoint"] = server.Url + "/v1", ["Model"] = "m", ["DeadlineMs"] = "200" },
        };
        await File.WriteAllTextAsync(folder.Combine("data", "appsettings.json"), settings.ToJsonString());
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("s.jsonl"), Scenarios);

        var run = await aipc.RunAsync("triage", "--input", folder.Combine("s.jsonl"), "--model", "ai.openai");

        var lines = run.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Equal("ai.openai failed (timeout); ai.local answered", l.GetProperty("model_fallback").GetString()));
        Assert.Contains("emergency recall:     100.0%", run.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Urgencies(string path) => File.ReadLines(path)
        .Select(l => JsonDocument.Parse(l).RootElement)
        .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("urgency").GetString()!);
}
