using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using AiPhoneCoverage.Hub.Triage;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Tests.Triage;

public sealed class TriagePolicyTests
{
    private static IntentAnalysis NoHeat() => new(Category.Hvac, 0.9, [new Signal("no_heat", true), new Signal("vulnerable_occupant", false)], new Dictionary<string, string>());

    [Fact]
    public void The_no_heat_threshold_decides_on_both_sides_and_is_strict()
    {
        var policy = TriagePolicy.Default;

        Assert.Equal(Urgency.Emergency, TriageEngine.Decide(policy, NoHeat(), ["my heat is out"], new TriageContext(44), []).Urgency);
        Assert.Equal(Urgency.Urgent, TriageEngine.Decide(policy, NoHeat(), ["my heat is out"], new TriageContext(45), []).Urgency);
        Assert.Equal(Urgency.Emergency, TriageEngine.Decide(policy, NoHeat(), ["my heat is out"], new TriageContext(50, VulnerableOccupant: true), []).Urgency);
    }

    [Fact]
    public void A_decision_explains_itself_with_its_rule_and_facts()
    {
        var decision = TriageEngine.Decide(TriagePolicy.Default, NoHeat(), ["my heat is out"], new TriageContext(40), []);

        Assert.Equal("emergency.no_heat", decision.Rule);
        Assert.Contains("signal no_heat=yes", decision.Reasons);
        Assert.Contains("outdoor 40°F below 45°F", decision.Reasons);
    }

    [Fact]
    public void An_unanswered_follow_up_is_asked_once_and_the_safer_urgency_wins_when_the_caller_cannot_answer()
    {
        var leak = new IntentAnalysis(Category.Plumbing, 0.9, [new Signal("leak", true)], new Dictionary<string, string>());

        var first = TriageEngine.Decide(TriagePolicy.Default, leak, ["water under my sink"], TriageContext.Unknown, []);
        var unsure = TriageEngine.Decide(TriagePolicy.Default, leak, ["water under my sink", "I don't know"], TriageContext.Unknown, [new FollowUpAnswer(FollowUp.WaterStillFlowing, "I don't know")]);
        var stopped = TriageEngine.Decide(TriagePolicy.Default, leak, ["water under my sink", "no"], TriageContext.Unknown, [new FollowUpAnswer(FollowUp.WaterStillFlowing, "no")]);

        Assert.Equal(FollowUp.WaterStillFlowing, first.Ask);
        Assert.Equal((Urgency.Emergency, (FollowUp?)null), (unsure.Urgency, unsure.Ask));
        Assert.Equal((Urgency.Urgent, (FollowUp?)null), (stopped.Urgency, stopped.Ask));
    }

    [Theory]
    [InlineData("there is no smoke, the detector just chirps", false)]
    [InlineData("my gas stove burner won't light", false)]
    [InlineData("it was flooding earlier", false)]
    [InlineData("the basement is flooding", true)]
    [InlineData("a pipe burst in the wall", true)]
    public void Override_keywords_understand_negation_things_and_the_past(string said, bool overrides)
    {
        Assert.Equal(overrides, OverrideKeywords.Find([said], TriagePolicy.Default.OverrideKeywords).Count > 0);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_published_threshold_change_is_what_calls_are_triaged_with(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), provider);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        var exported = JsonNode.Parse((await aipc.RunAsync("policy", "export", "--portfolio", "demo")).Output)!;
        exported["no_heat_below_f"] = 50;
        await File.WriteAllTextAsync(folder.Combine("policy.json"), exported.ToJsonString());

        var imported = await aipc.RunAsync("policy", "import", folder.Combine("policy.json"), "--portfolio", "demo");
        var beforePublish = JsonNode.Parse((await aipc.RunAsync("policy", "export", "--portfolio", "demo")).Output)!;
        var published = await aipc.RunAsync("policy", "publish", "--portfolio", "demo");
        var after = (await aipc.RunAsync("policy", "export", "--portfolio", "demo")).Output;
        var policy = TriagePolicyJson.Read(after).Policy!;

        Assert.Contains("draft policy version 1 saved", imported.Output, StringComparison.Ordinal);
        Assert.Equal(45, beforePublish["no_heat_below_f"]!.GetValue<double>());
        Assert.Contains("policy version 1 published", published.Output, StringComparison.Ordinal);
        Assert.Equal(Urgency.Emergency, TriageEngine.Decide(policy, NoHeat(), ["my heat is out"], new TriageContext(48), []).Urgency);
        Assert.Equal(Urgency.Urgent, TriageEngine.Decide(TriagePolicy.Default, NoHeat(), ["my heat is out"], new TriageContext(48), []).Urgency);
        Assert.Equal(Urgency.Routine, policy.CategoryDefaults[Category.Plumbing]);
    }

    [Fact]
    public async Task An_invalid_policy_file_is_refused_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("bad.json"), """{ "no_heat_below_f": 500, "no_heat_vulnerable_below_f": 40, "category_defaults": { "plumbing": "asap" } }""");
        await File.WriteAllTextAsync(folder.Combine("bad2.json"), """{ "no_heat_below_f": 500, "no_heat_vulnerable_below_f": 40 }""");

        var unknownValue = await aipc.RunAsync("policy", "import", folder.Combine("bad.json"), "--portfolio", "demo");
        var implausible = await aipc.RunAsync("policy", "import", folder.Combine("bad2.json"), "--portfolio", "demo");
        var publish = await aipc.RunAsync("policy", "publish", "--portfolio", "demo");

        Assert.Equal(1, unknownValue.ExitCode);
        Assert.Contains("'asap' is not a Urgency", unknownValue.Output, StringComparison.Ordinal);
        Assert.Equal(1, implausible.ExitCode);
        Assert.Contains("no_heat_below_f 500 is not a plausible temperature", implausible.Output, StringComparison.Ordinal);
        Assert.Contains("no_heat_vulnerable_below_f must be at least no_heat_below_f", implausible.Output, StringComparison.Ordinal);
        Assert.Equal(1, publish.ExitCode);
    }
}
