using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Tests.Cli;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Routing;

/// <summary>`aipc oncall who`, `aipc oncall import` and the demo portfolio's on-call sections through `aipc portfolio import|export`.</summary>
public sealed class OnCallCommandTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task The_demo_contacts_and_schedules_export_exactly_as_written_and_answer_the_same_after_a_round_trip(Provider provider)
    {
        using var folder = new TempFolder();
        var source = Aipc.WithData(folder.Combine("a"), provider);
        var copy = Aipc.WithData(folder.Combine("b"), provider);
        Assert.Equal(0, (await source.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);
        Directory.CreateDirectory(folder.Combine("out"));
        Assert.Equal(0, (await source.RunAsync("portfolio", "export", "--portfolio", "demo", "--output", folder.Combine("out", "demo.json"))).ExitCode);
        Assert.Equal(0, (await copy.RunAsync("portfolio", "import", folder.Combine("out", "demo.json"))).ExitCode);

        var written = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoPortfolio))!;
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(folder.Combine("out", "demo.json")))!;
        Assert.True(JsonNode.DeepEquals(written["contacts"], exported["contacts"]));
        Assert.True(JsonNode.DeepEquals(written["onCall"], exported["onCall"]));
        Assert.Equal(21, exported["contacts"]!.AsArray().Count);
        Assert.Equal(10, exported["onCall"]!["rotations"]!.AsArray().Count);
        foreach (var (property, trade, at) in new[]
                 {
                     ("maple-court", "plumbing", "2026-12-24T18:00"), ("river-bend", "hvac", "2026-03-08T02:30"), ("sunset-vista", "electrical", "2026-11-01T01:30"),
                     ("sunset-vista", "general", "2026-12-31T09:00"), ("maple-court", "plumbing", "2026-06-02T10:00"),
                 })
        {
            string[] who = ["oncall", "who", "--property", property, "--trade", trade, "--at", at, "--json"];
            Assert.Equal((await source.RunAsync(who)).Output, (await copy.RunAsync(who)).Output);
        }
    }

    [Fact]
    public async Task Who_prints_the_contact_with_a_masked_phone_the_rule_until_when_and_the_escalation()
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), Provider.Sqlite);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", RepoPaths.DemoPortfolio)).ExitCode);

        var night = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "plumbing", "--at", "2026-11-25T22:00");
        var day = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "plumbing", "--at", "2026-11-25T10:00");
        var json = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "plumbing", "--at", "2026-11-25T22:00", "--json");
        var today = await aipc.RunAsync("oncall", "who", "--property", "river-bend", "--trade", "general", "--at", "12:00", "--portfolio", "demo");

        Assert.Equal(0, night.ExitCode);
        Assert.Equal(
            """
            demo/maple-court plumbing at 2026-11-25 22:00 -05:00 (America/New_York)
            on call:    Ben Okafor (technician) +1******0102
            why:        plumbing rotation 'maple-court-plumbing', member 2 of 3
            until:      2026-11-26 08:00 -05:00, then Dev Mehta
            escalation: Grace Kim (supervisor) +1******0110, Dana Lindqvist (manager) +1******0150

            """, night.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("+16175550102", night.Output, StringComparison.Ordinal);
        Assert.Contains("why:        general rotation 'maple-court-general', member 2 of 3", day.Output, StringComparison.Ordinal);
        Assert.Contains("fallback:   rotation 'maple-court-plumbing' is outside its on-call windows", day.Output, StringComparison.Ordinal);
        var answer = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal("+16175550102", answer.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal("rotation", answer.GetProperty("rule").GetProperty("kind").GetString());
        Assert.Equal(1, answer.GetProperty("rule").GetProperty("memberIndex").GetInt32());
        Assert.Equal("2026-11-26T08:00:00-05:00", answer.GetProperty("until").GetString());
        Assert.Equal(0, today.ExitCode);
        Assert.Contains(" 12:00 -0", today.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_exits_3_for_nobody_2_for_a_bad_trade_or_time_and_1_for_an_unknown_property()
    {
        using var folder = new TempFolder();
        var aipc = await ImportResidentsCommandTests.DemoAsync(folder, Provider.Sqlite);

        var nobody = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "hvac");
        var trade = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "roofing");
        var time = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "hvac", "--at", "25:00");
        var property = await aipc.RunAsync("oncall", "who", "--property", "nowhere", "--trade", "hvac");

        Assert.Equal(3, nobody.ExitCode);
        Assert.Contains("on call:    nobody: nobody is on call for hvac at maple-court: maple-court has no hvac rotation;", nobody.Output, StringComparison.Ordinal);
        Assert.Equal((2, "error: --trade must be plumbing, hvac, electrical or general"), (trade.ExitCode, trade.Output.Trim()));
        Assert.Equal(2, time.ExitCode);
        Assert.Contains("--at takes the property's local time", time.Output, StringComparison.Ordinal);
        Assert.Equal(1, property.ExitCode);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_csv_with_malformed_lines_imports_the_good_ones_in_one_go_names_each_bad_line_and_exits_2(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = await ImportResidentsCommandTests.DemoAsync(folder, provider);
        var csv = folder.Combine("oncall.csv");
        await File.WriteAllTextAsync(csv, """
            kind,rotation,contact,name,phone,email,role,trade,period,handoff_day,handoff_time,start_date,windows,from,to,note
            member,mc-plumbing,ana,Ana Ruiz,(617) 555-0101,ana@example.com,,plumbing,weekly,mon,08:00,2026-01-05,"weekdays 17:00-08:00; weekends",,,
            member,mc-plumbing,ben,Ben Okafor,617-555-0102,,,,,,,,,,,
            escalation,mc-plumbing,gail,Gail Kim,+1 617 555 0110,,supervisor,,,,,,,,,
            member,mc-hvac,cruz,Cruz Vega,617-555-0103,,,hvac,fortnightly,,08:00,2026-01-05,,,,
            member,mc-hvac,ana,,,,,,,,,,,,,
            override,mc-plumbing,ben,,,,,,,,,,,2026-12-24T17:00,2026-12-26T08:00,holiday swap
            override,mc-plumbing,ana,,,,,,,,,,,2026-12-25T08:00,2026-12-25T20:00,
            override,mc-plumbing,ana,,,,,,,,,,,2026-12-31T20:00,2026-12-31T08:00,
            member,mc-general,dee,Dee Lo,(617) 555-12,,,general,daily,,08:00,2026-01-01,,,,
            member,mc-general
            pager,mc-general,dee,,,,,,,,,,,,,

            """);

        var first = await aipc.RunAsync("oncall", "import", csv, "--property", "maple-court");
        var second = await aipc.RunAsync("oncall", "import", csv, "--property", "maple-court", "--portfolio", "demo");
        var holiday = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "plumbing", "--at", "2026-12-25T12:00", "--json");
        var night = await aipc.RunAsync("oncall", "who", "--property", "maple-court", "--trade", "hvac", "--at", "2026-01-13T23:00", "--json");

        Assert.Equal(2, first.ExitCode);
        Assert.Equal(
        [
            "line 5: period 'fortnightly' is not daily or weekly",
            "line 6: rotation 'mc-hvac' not imported: line 5 is rejected",
            "line 8: overlaps the override of 'mc-plumbing' from 2026-12-24T17:00 to 2026-12-26T08:00 on line 7",
            "line 9: to must be after from",
            "line 10: phone '**********12' is not a valid phone number",
            "line 11: has 2 fields, the header has 16",
            "line 12: kind 'pager' is not member, escalation or override",
            "on-call imported into demo/maple-court: 1 rotations (1 added, 0 updated) with 2 members, 1 overrides added (0 unchanged), 3 contacts added, 0 updated; 7 lines rejected",
        ], first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("1 rotations (0 added, 1 updated) with 2 members, 0 overrides added (1 unchanged), 0 contacts added, 0 updated; 7 lines rejected", second.Output, StringComparison.Ordinal);
        var cover = JsonDocument.Parse(holiday.Output).RootElement;
        Assert.Equal(("ben", "override"), (cover.GetProperty("contact").GetProperty("id").GetString(), cover.GetProperty("rule").GetProperty("kind").GetString()));
        var fallback = JsonDocument.Parse(night.Output).RootElement; // hvac was rejected: maple-court's plumbing rotation does not answer hvac
        Assert.Equal(JsonValueKind.Null, fallback.GetProperty("contact").ValueKind);
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_clean_csv_exits_0_a_csv_missing_a_column_exits_1_and_a_rotation_of_another_property_is_refused(Provider provider)
    {
        using var folder = new TempFolder();
        var aipc = Aipc.WithData(folder.Combine("data"), provider);
        await File.WriteAllTextAsync(folder.Combine("p.json"), """
            { "code": "demo", "name": "Demo", "properties": [
              { "code": "oak", "name": "Oak", "timeZone": "America/New_York" }, { "code": "elm", "name": "Elm", "timeZone": "America/Los_Angeles" } ] }
            """);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", folder.Combine("p.json"))).ExitCode);
        await File.WriteAllTextAsync(folder.Combine("good.csv"), """
            Kind,Rotation,Contact,Name,Phone,Trade,Period,Handoff_Time,Start_Date
            member,oak-general,ana,Ana Ruiz,(617) 555-0101,general,daily,08:00,2026-01-01
            member,oak-general,ben,Ben Okafor,(617) 555-0102,,,,
            """);
        await File.WriteAllTextAsync(folder.Combine("bad.csv"), "kind,rotation,name\nmember,x,Ana\n");

        var good = await aipc.RunAsync("oncall", "import", folder.Combine("good.csv"), "--property", "oak");
        var bad = await aipc.RunAsync("oncall", "import", folder.Combine("bad.csv"), "--property", "oak");
        var elsewhere = await aipc.RunAsync("oncall", "import", folder.Combine("good.csv"), "--property", "elm");
        var who = await aipc.RunAsync("oncall", "who", "--property", "oak", "--trade", "plumbing", "--at", "2026-01-02T09:00", "--json");

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("1 rotations (1 added, 0 updated) with 2 members", good.Output, StringComparison.Ordinal);
        Assert.Equal((1, "error: bad.csv: line 1: missing column(s) contact; nothing imported"), (bad.ExitCode, bad.Output.Trim()));
        Assert.Equal(2, elsewhere.ExitCode);
        Assert.StartsWith("line 2: rotation 'oak-general' belongs to property 'oak'\nline 3: rotation 'oak-general' not imported: line 2 is rejected\n", elsewhere.Output, StringComparison.Ordinal);
        var answer = JsonDocument.Parse(who.Output).RootElement;
        Assert.Equal(("ben", true), (answer.GetProperty("contact").GetProperty("id").GetString(), answer.GetProperty("rule").GetProperty("fallback").GetBoolean()));
    }
}
