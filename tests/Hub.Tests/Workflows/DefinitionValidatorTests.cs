using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Workflows;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using static AiPhoneCoverage.Hub.Tests.Workflows.RuntimeFixture;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

public sealed class DefinitionValidatorTests
{
    private readonly DefinitionValidator _validator = new(new ActivityCatalog([new BuiltInActivities()]));

    private static JsonObject Definition(string activities, string connections) => JsonNode.Parse($$"""
        { "definitionId": "t", "name": "T", "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
          "activities": [{{activities}}], "connections": [{{connections}}] } }
        """)!.AsObject();

    private IReadOnlyList<DefinitionProblem> Validate(JsonObject definition) => _validator.Validate(FlowchartModel.Read(definition, out _)!);

    [Fact]
    public void The_default_workflows_are_valid_with_no_warnings()
    {
        foreach (var flowchart in new DefaultWorkflows().Flowcharts)
        {
            Assert.Empty(_validator.Validate(flowchart));
        }
    }

    [Fact]
    public void An_unknown_type_or_version_is_an_error()
    {
        var problems = Validate(Definition(
            Activity("a", "AiPhoneCoverage.Teleport") + "," + """{ "id": "b", "type": "Elsa.End", "version": 7, "name": "b" }""",
            Connection("a", "Done", "b")));

        Assert.Equal(
            ["error: activity 'a' has an unknown type AiPhoneCoverage.Teleport version 1", "error: activity 'b' has an unknown type Elsa.End version 7"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_dangling_connection_and_an_unknown_port_are_errors()
    {
        var problems = Validate(Definition(
            Activity("start", "Elsa.Start") + "," + Activity("end", "Elsa.End"),
            Connection("start", "Done", "ghost") + "," + Connection("start", "Sideways", "end")));

        Assert.Contains(problems, p => p.IsError && p.Message.Contains("missing activity 'ghost'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("port Sideways, which Elsa.Start does not have (it has Done)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_input_is_an_error_unless_the_descriptor_has_a_default()
    {
        var problems = Validate(Definition(
            Activity("ask", "AiPhoneCoverage.Ask") + "," + Activity("delay", "Elsa.Delay"),
            Connection("ask", "Answered", "delay")));

        Assert.Equal(["error: activity 'ask' is missing its required input Prompt"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void JavaScript_that_does_not_parse_is_an_error_and_good_javascript_is_not()
    {
        var bad = Validate(Definition(Activity("d", "Elsa.FlowDecision", ("condition", "JavaScript", "getVariable('x') >")), string.Empty));
        var good = Validate(Definition(Activity("d", "Elsa.FlowDecision", ("condition", "JavaScript", "getVariable('x') > 3 && true")), string.Empty));

        Assert.Contains("the JavaScript does not parse", Assert.Single(bad).Message, StringComparison.Ordinal);
        Assert.Empty(good);
    }

    [Fact]
    public void A_cycle_without_an_activity_that_waits_is_an_error_and_one_with_is_fine()
    {
        var busy = Validate(Definition(
            Activity("start", "Elsa.Start") + "," + Activity("a", "AiPhoneCoverage.Notify") + "," + Activity("b", "AiPhoneCoverage.Confirm"),
            Connection("start", "Done", "a") + "," + Connection("a", "Done", "b") + "," + Connection("b", "Done", "a")));
        var waiting = Validate(Definition(
            Activity("start", "Elsa.Start") + "," + Activity("a", "AiPhoneCoverage.Notify") + "," + Activity("w", "AiPhoneCoverage.WaitForAcknowledgement"),
            Connection("start", "Done", "a") + "," + Connection("a", "Done", "w") + "," + Connection("w", "TimedOut", "a")));

        Assert.Equal(["error: the cycle a -> b has no activity that waits (Ask, Delay, WaitForAcknowledgement, ...), so it would never stop"], busy.Select(p => p.ToString()));
        Assert.Empty(waiting);
    }

    [Fact]
    public void An_activity_unreachable_from_the_start_is_only_a_warning()
    {
        var problems = Validate(Definition(
            Activity("start", "Elsa.Start") + "," + Activity("end", "Elsa.End") + "," + Activity("island", "AiPhoneCoverage.Confirm"),
            Connection("start", "Done", "end")));

        var warning = Assert.Single(problems);
        Assert.False(warning.IsError);
        Assert.Equal("warning: activity 'island' cannot be reached from the start", warning.ToString());
    }

    [Fact]
    public void Without_a_start_activity_the_flow_starts_at_activities_with_no_incoming_connection()
    {
        Assert.Empty(Validate(Definition(Activity("a", "AiPhoneCoverage.Confirm") + "," + Activity("b", "Elsa.End"), Connection("a", "Done", "b"))));
    }
}
