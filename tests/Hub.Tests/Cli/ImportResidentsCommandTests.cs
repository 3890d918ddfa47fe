using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Cli;

public sealed class ImportResidentsCommandTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task Three_malformed_rows_in_a_thousand_are_printed_with_their_lines_and_exit_2_and_a_rerun_adds_nobody(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = await DemoAsync(folder, provider);
        var csv = folder.Combine("roster.csv");
        await File.WriteAllTextAsync(csv, RosterCsv.Build(1000, new Dictionary<int, string>
        {
            [4] = "R4,Ann,Lee,2B,(617) 555-12,,",
            [271] = "R271,Ann,Lee,,(617) 555-0271,,",
            [999] = "R999,\"Ann,Lee,3C,(617) 555-0999,,",
        }));

        var first = await aipc.RunAsync("import", "residents", csv, "--property", "maple-court");
        var second = await aipc.RunAsync("import", "residents", csv, "--property", "maple-court");

        Assert.Equal(2, first.ExitCode);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["line 6: ", "line 273: ", "line 1001: "], lines.Take(3).Select(l => l[..(l.IndexOf(':', StringComparison.Ordinal) + 2)]));
        Assert.Contains("997 residents imported into demo/maple-court (997 added, 0 updated, 0 unchanged), 3 rows rejected", first.Output, StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("(0 added, 0 updated, 997 unchanged)", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_clean_file_exits_0_and_a_file_missing_a_column_exits_1_and_imports_nothing(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = await DemoAsync(folder, provider);
        await File.WriteAllTextAsync(folder.Combine("good.csv"), RosterCsv.Build(10));
        await File.WriteAllTextAsync(folder.Combine("bad.csv"), "resident_id,first_name,last_name,phone\nX1,A,B,(617) 555-0001\n");

        var good = await aipc.RunAsync("import", "residents", folder.Combine("good.csv"), "--property", "maple-court");
        var bad = await aipc.RunAsync("import", "residents", folder.Combine("bad.csv"), "--property", "maple-court");
        var unknown = await aipc.RunAsync("import", "residents", folder.Combine("good.csv"), "--property", "nowhere");
        var lookup = await aipc.RunAsync("lookup", "(617) 555-0001");

        Assert.Equal(0, good.ExitCode);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("line 1: missing column(s) unit; nothing imported", bad.Output, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no property 'nowhere'", unknown.Output, StringComparison.Ordinal);
        Assert.Contains("R000001", lookup.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("X1", lookup.Output, StringComparison.Ordinal);
    }

    internal static async Task<Aipc> DemoAsync(TempFolder folder, Provider provider)
    {
        var aipc = Aipc.WithData(folder.Combine("data"), provider);
        await File.WriteAllTextAsync(folder.Combine("p.json"), """
            { "code": "demo", "name": "Demo", "properties": [
              { "code": "maple-court", "name": "Maple Court", "timeZone": "America/New_York", "phoneNumbers": ["+16175550100"] } ] }
            """);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", folder.Combine("p.json"))).ExitCode);
        return aipc;
    }
}
