using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Cli;

public sealed class WorkflowsCommandTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Export_import_validate_and_publish_a_workflow_from_the_command_line(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), provider);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);

        var exported = await aipc.RunAsync("workflows", "export", "intake", "--portfolio", "demo");
        var model = JsonNode.Parse(exported.Output)!.AsObject();
        model["description"] = "Edited from the command line";
        await File.WriteAllTextAsync(folder.Combine("intake.json"), model.ToJsonString());
        var validated = await aipc.RunAsync("workflows", "validate", folder.Combine("intake.json"), "--portfolio", "demo");
        var imported = await aipc.RunAsync("workflows", "import", folder.Combine("intake.json"), "--portfolio", "demo");
        var listedDraft = await aipc.RunAsync("workflows", "list", "--portfolio", "demo");
        var published = await aipc.RunAsync("workflows", "publish", "intake", "--portfolio", "demo");
        var publishedAgain = await aipc.RunAsync("workflows", "publish", "intake", "--portfolio", "demo");

        Assert.Equal(0, exported.ExitCode);
        Assert.Equal((0, "valid: it can be published"), (validated.ExitCode, validated.Output.Trim()));
        Assert.Contains("draft version 2 of 'intake' saved", imported.Output, StringComparison.Ordinal);
        Assert.Contains("intake      Intake      2       draft", listedDraft.Output, StringComparison.Ordinal);
        Assert.Contains("'intake' version 2 published", published.Output, StringComparison.Ordinal);
        Assert.Equal(2, publishedAgain.ExitCode);
        Assert.Contains("'intake' has no draft to publish", publishedAgain.Output, StringComparison.Ordinal);
        Assert.Contains("Edited from the command line", (await aipc.RunAsync("workflows", "export", "intake", "--portfolio", "demo", "--published")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_file_is_reported_by_validate_and_its_publish_changes_nothing()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        var model = JsonNode.Parse((await aipc.RunAsync("workflows", "export", "escalation", "--portfolio", "demo")).Output)!.AsObject();
        model["root"]!["connections"]!.AsArray().Add(JsonNode.Parse("""{"source":{"activity":"wait","port":"Acknowledged"},"target":{"activity":"nowhere","port":"In"}}"""));
        await File.WriteAllTextAsync(folder.Combine("bad.json"), model.ToJsonString());

        var validated = await aipc.RunAsync("workflows", "validate", folder.Combine("bad.json"), "--portfolio", "demo");
        await aipc.RunAsync("workflows", "import", folder.Combine("bad.json"), "--portfolio", "demo");
        var published = await aipc.RunAsync("workflows", "publish", "escalation", "--portfolio", "demo");
        var listed = await aipc.RunAsync("workflows", "list", "--portfolio", "demo", "--json");

        Assert.Equal(2, validated.ExitCode);
        Assert.Contains("missing activity 'nowhere'", validated.Output, StringComparison.Ordinal);
        Assert.Equal(2, published.ExitCode);
        Assert.Contains("refused: nothing changed", published.Output, StringComparison.Ordinal);
        var escalation = JsonNode.Parse(listed.Output)!.AsArray().Single(d => d!["definitionId"]!.GetValue<string>() == "escalation")!;
        Assert.Equal((2, false), (escalation["version"]!.GetValue<int>(), escalation["isPublished"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Publish_from_the_command_line_refuses_a_transfer_to_a_number_the_portfolio_file_does_not_list()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("transfer.json"), $$"""
            { "definitionId": "transfer", "name": "transfer",
              "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
                "activities": [{{Workflows.RuntimeFixture.Activity("t", "AiPhoneCoverage.TransferToHuman", ("number", "Literal", "+19005550123"))}}], "connections": [] } }
            """);

        Assert.Equal(0, (await aipc.RunAsync("workflows", "import", folder.Combine("transfer.json"), "--portfolio", "demo")).ExitCode);
        var published = await aipc.RunAsync("workflows", "publish", "transfer", "--portfolio", "demo");

        Assert.Equal(2, published.ExitCode);
        Assert.Contains("transfers to +19005550123, which the portfolio file does not list", published.Output, StringComparison.Ordinal);
        Assert.Contains("refused: nothing changed", published.Output, StringComparison.Ordinal);
    }
}
