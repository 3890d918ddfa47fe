using System.Text.Json;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Cli;

public sealed class PortfolioCommandTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task The_demo_portfolio_imports_exports_and_imports_again_unchanged(Provider provider)
    {
        using var folder = new TempFolder();
        var source = Aipc.WithData(folder.Combine("a"), provider);
        var copy = Aipc.WithData(folder.Combine("b"), provider);

        var imported = await source.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio);
        Directory.CreateDirectory(folder.Combine("out"));
        var exported = await source.RunAsync("portfolio", "export", "--portfolio", "demo", "--output", folder.Combine("out", "demo.json"));
        var reimported = await copy.RunAsync("portfolio", "import", folder.Combine("out", "demo.json"));

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(0, reimported.ExitCode);
        Assert.Equal(3, reimported.Output.Split('\n').Count(l => l.Contains("40 residents (40 added", StringComparison.Ordinal)));
        Assert.Equal((await source.RunAsync("properties", "--json")).Output, (await copy.RunAsync("properties", "--json")).Output);
        var demo = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine("out", "demo.json"))).RootElement;
        Assert.Equal(["America/Chicago", "America/Los_Angeles", "America/New_York"], demo.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("timeZone").GetString()).Order());
        Assert.Equal(2, (await copy.RunAsync("lookup", "+16175551006", "--json")).Output.Split("externalId").Length - 1);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task An_invalid_portfolio_file_is_refused_with_every_problem_and_changes_nothing(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), provider);
        await File.WriteAllTextAsync(folder.Combine("bad.json"), """
            { "code": "Bad Code", "name": "x", "properties": [
              { "code": "p1", "name": "P1", "timeZone": "Mars/Olympus", "phoneNumbers": ["12"] },
              { "code": "p1", "name": "P1 again", "timeZone": "America/Chicago", "roster": "missing.csv" } ] }
            """);

        var result = await aipc.RunAsync("portfolio", "import", folder.Combine("bad.json"));
        var properties = await aipc.RunAsync("properties", "--json");

        Assert.Equal(1, result.ExitCode);
        foreach (var expected in new[] { "code 'Bad Code'", "time zone 'Mars/Olympus'", "phone number '12'", "code appears twice", "roster missing.csv not found", "nothing imported" })
        {
            Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        }

        Assert.Equal("[]", properties.Output.Trim());
    }

    [Fact]
    public async Task A_number_that_routes_to_another_portfolio_is_refused()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("other.json"), """
            { "code": "other", "name": "Other", "properties": [
              { "code": "p1", "name": "P1", "timeZone": "America/Chicago", "phoneNumbers": ["+1 617 555 0100"] } ] }
            """);

        var result = await aipc.RunAsync("portfolio", "import", folder.Combine("other.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("phone number +16175550100 already routes to portfolio 'demo'", result.Output, StringComparison.Ordinal);
    }
}
