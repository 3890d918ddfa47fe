using System.Globalization;
using System.Text.Json;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Sla;

/// <summary>
/// `aipc sla report` run in-process on clocks written as the hub writes them, across both daylight-saving changes of
/// 2026 in New York (fall back on 2026-11-01, spring forward on 2026-03-08) and Los Angeles.
/// </summary>
public sealed class SlaReportCommandTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task The_report_counts_a_breached_and_a_met_work_order_correctly_across_a_daylight_saving_change(Provider provider)
    {
        using var folder = new TempFolder();
        var (aipc, book) = await AcmeAsync(folder, provider);

        // Oak, New York, on the night the clocks go back (01:00-02:00 happens twice: first EDT -04:00, then EST -05:00).
        // WO-1001: intake 00:50 EDT, on site 01:40 EST: 1 h 50 min elapsed, within the 2 h target.
        var met = await book.StartAsync("oak", "WO-1001", "emergency", At("2026-11-01T00:50-04:00"));
        await book.MeetAsync(met, SlaPolicy.Acknowledge, At("2026-11-01T01:00-04:00"));
        await book.MeetAsync(met, SlaPolicy.OnSite, At("2026-11-01T01:40-05:00"));
        await book.MeetAsync(met, SlaPolicy.Contained, At("2026-11-01T05:50-05:00"));
        // WO-1002: intake 00:30 EDT, on site 01:45 EST: the wall clock says 1 h 15 min, but 2 h 15 min elapsed: breached.
        var late = await book.StartAsync("oak", "WO-1002", "emergency", At("2026-11-01T00:30-04:00"));
        await book.MeetAsync(late, SlaPolicy.Acknowledge, At("2026-11-01T00:35-04:00"));
        await book.MeetAsync(late, SlaPolicy.OnSite, At("2026-11-01T01:45-05:00"));
        await book.MeetAsync(late, SlaPolicy.Contained, At("2026-11-01T04:30-05:00"));
        // The day's edges in Oak's zone: 00:00 EDT to 00:00 EST the next day, 25 hours.
        await UrgentAsync(book, "oak", "WO-1000", "2026-10-31T23:30-04:00", TimeSpan.FromHours(1));  // the day before
        await UrgentAsync(book, "oak", "WO-1003", "2026-11-01T00:10-04:00", TimeSpan.FromHours(3));  // first minutes
        await UrgentAsync(book, "oak", "WO-1004", "2026-11-01T23:30-05:00", TimeSpan.FromHours(2));  // the 25th hour
        await UrgentAsync(book, "oak", "WO-1005", "2026-11-02T00:10-05:00", TimeSpan.FromHours(1));  // the day after
        // Elm, Los Angeles: its own day (22:30 PDT on the 31st is 01:30 EDT on the 1st in New York, and outside Elm's day).
        await RoutineAsync(book, "elm", "WO-2001", "2026-10-31T22:30-07:00");
        await RoutineAsync(book, "elm", "WO-2002", "2026-11-01T01:30-07:00");
        var csv = folder.Combine("sla.csv");

        var report = await aipc.RunAsync("sla", "report", "--portfolio", "acme", "--from", "2026-11-01", "--to", "2026-11-01", "--csv", csv);
        var twoDays = await aipc.RunAsync("sla", "report", "--portfolio", "acme", "--from", "2026-10-31", "--to", "2026-11-01", "--json");

        Assert.Equal(0, report.ExitCode);
        var lines = report.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("SLA compliance of acme: intake 2026-11-01 to 2026-11-01, each property's days in its time zone, as of ", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            $"""
            elm: 2026-11-01 00:00 -07:00 to 2026-11-02 00:00 -08:00 (America/Los_Angeles, 25 h)
            oak: 2026-11-01 00:00 -04:00 to 2026-11-02 00:00 -05:00 (America/New_York, 25 h)

            PROPERTY  URGENCY    TARGET       WORK ORDERS  MET  BREACHED  OPEN  COMPLIANCE  MEDIAN TO MEET  WORST TO MEET
            elm       routine    respond      1            1    0         0     100.0%      1d00h00m        1d00h00m
            oak       emergency  acknowledge  2            2    0         0     100.0%      7m30s           10m
            oak       emergency  on_site      2            1    1         0     50.0%       2h02m           2h15m
            oak       emergency  contained    2            2    0         0     100.0%      5h30m           6h00m
            oak       urgent     respond      2            2    0         0     100.0%      2h30m           3h00m
            wrote 5 lines to {csv}

            """, string.Join('\n', lines[1..]));

        Assert.Equal(
        [
            "property,time_zone,from,to,urgency,target,work_orders,met,breached,open,compliance_pct,median_to_meet_seconds,worst_to_meet_seconds",
            "elm,America/Los_Angeles,2026-11-01T00:00:00-07:00,2026-11-02T00:00:00-08:00,routine,respond,1,1,0,0,100.0,86400,86400",
            "oak,America/New_York,2026-11-01T00:00:00-04:00,2026-11-02T00:00:00-05:00,emergency,acknowledge,2,2,0,0,100.0,450,600",
            "oak,America/New_York,2026-11-01T00:00:00-04:00,2026-11-02T00:00:00-05:00,emergency,on_site,2,1,1,0,50.0,7350,8100",
            "oak,America/New_York,2026-11-01T00:00:00-04:00,2026-11-02T00:00:00-05:00,emergency,contained,2,2,0,0,100.0,19800,21600",
            "oak,America/New_York,2026-11-01T00:00:00-04:00,2026-11-02T00:00:00-05:00,urgent,respond,2,2,0,0,100.0,9000,10800",
        ], await File.ReadAllLinesAsync(csv));

        Assert.Equal(0, twoDays.ExitCode);
        var rows = JsonDocument.Parse(twoDays.Output).RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => (r.GetProperty("property").GetString(), r.GetProperty("target").GetString()));
        Assert.Equal(3, rows[("oak", "respond")].GetProperty("workOrders").GetInt32()); // WO-1000 joins on the 31st
        Assert.Equal(2, rows[("elm", "respond")].GetProperty("workOrders").GetInt32());
        Assert.Equal(50.0, rows[("oak", "on_site")].GetProperty("compliancePercent").GetDouble());
        Assert.Equal("2026-10-31T00:00:00-04:00", rows[("oak", "on_site")].GetProperty("from").GetString());
    }

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task On_the_spring_forward_day_the_range_is_23_hours_and_elapsed_times_skip_the_missing_hour(Provider provider)
    {
        using var folder = new TempFolder();
        var (aipc, book) = await AcmeAsync(folder, provider);

        // 02:00 EST becomes 03:00 EDT. WO-3001: intake 01:30 EST, on site 04:15 EDT: the wall clock says 2 h 45 min, but
        // 1 h 45 min elapsed: met. WO-3002 acknowledged at 03:04 EDT, 14 minutes after its 01:50 EST intake.
        var first = await book.StartAsync("oak", "WO-3001", "emergency", At("2026-03-08T01:30-05:00"));
        await book.MeetAsync(first, SlaPolicy.Acknowledge, At("2026-03-08T01:44-05:00"));
        await book.MeetAsync(first, SlaPolicy.OnSite, At("2026-03-08T04:15-04:00"));
        await book.MeetAsync(first, SlaPolicy.Contained, At("2026-03-08T01:30-05:00").AddHours(20));
        var second = await book.StartAsync("oak", "WO-3002", "emergency", At("2026-03-08T01:50-05:00"));
        await book.MeetAsync(second, SlaPolicy.Acknowledge, At("2026-03-08T03:04-04:00"));
        await book.MeetAsync(second, SlaPolicy.OnSite, At("2026-03-08T04:20-04:00"));
        await book.MeetAsync(second, SlaPolicy.Contained, At("2026-03-08T01:50-05:00").AddHours(20));
        await UrgentAsync(book, "oak", "WO-3000", "2026-03-07T23:50-05:00", TimeSpan.FromMinutes(30)); // the day before
        await UrgentAsync(book, "oak", "WO-3003", "2026-03-08T23:30-04:00", TimeSpan.FromMinutes(30)); // its last half hour
        await UrgentAsync(book, "oak", "WO-3004", "2026-03-09T00:10-04:00", TimeSpan.FromMinutes(30)); // 23 h 10 min after its start: the day after

        var report = await aipc.RunAsync("sla", "report", "--portfolio", "acme", "--from", "2026-03-08", "--to", "2026-03-08");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(
            """
            oak: 2026-03-08 00:00 -05:00 to 2026-03-09 00:00 -04:00 (America/New_York, 23 h)

            PROPERTY  URGENCY    TARGET       WORK ORDERS  MET  BREACHED  OPEN  COMPLIANCE  MEDIAN TO MEET  WORST TO MEET
            oak       emergency  acknowledge  2            2    0         0     100.0%      14m             14m
            oak       emergency  on_site      2            2    0         0     100.0%      1h37m           1h45m
            oak       emergency  contained    2            2    0         0     100.0%      20h00m          20h00m
            oak       urgent     respond      1            1    0         0     100.0%      30m             30m

            """, string.Join('\n', report.Output.ReplaceLineEndings("\n").Split('\n')[1..]));
    }

    [Fact]
    public async Task Bad_dates_exit_2_an_unknown_portfolio_exits_1_and_an_empty_range_says_so()
    {
        using var folder = new TempFolder();
        var (aipc, _) = await AcmeAsync(folder, Provider.Sqlite);

        var badDate = await aipc.RunAsync("sla", "report", "--portfolio", "acme", "--from", "2026-11-31", "--to", "2026-12-01");
        var backwards = await aipc.RunAsync("sla", "report", "--portfolio", "acme", "--from", "2026-11-02", "--to", "2026-11-01");
        var unknown = await aipc.RunAsync("sla", "report", "--portfolio", "nope", "--from", "2026-11-01", "--to", "2026-11-01");
        var empty = await aipc.RunAsync("sla", "report", "--portfolio", "acme", "--from", "2026-11-01", "--to", "2026-11-01");

        Assert.Equal((2, "error: --from and --to take calendar days as yyyy-MM-dd, for example 2026-11-01"), (badDate.ExitCode, badDate.Output.Trim()));
        Assert.Equal((2, "error: --to 2026-11-01 is before --from 2026-11-02"), (backwards.ExitCode, backwards.Output.Trim()));
        Assert.Equal((1, "error: no portfolio 'nope'"), (unknown.ExitCode, unknown.Output.Trim()));
        Assert.Equal(0, empty.ExitCode);
        Assert.EndsWith("\nno work orders with intake in that range", empty.Output.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
    }

    private static async Task<(Aipc Aipc, SlaBook Book)> AcmeAsync(TempFolder folder, Provider provider)
    {
        var aipc = Aipc.WithData(folder.Combine("data"), provider);
        await File.WriteAllTextAsync(folder.Combine("acme.json"), SlaBook.Portfolio);
        Assert.Equal(0, (await aipc.RunAsync("portfolio", "import", folder.Combine("acme.json"))).ExitCode);
        return (aipc, await SlaBook.ForAsync(aipc));
    }

    private static async Task UrgentAsync(SlaBook book, string property, string reference, string intake, TimeSpan toRespond)
    {
        var workOrder = await book.StartAsync(property, reference, "urgent", At(intake));
        await book.MeetAsync(workOrder, SlaPolicy.Respond, At(intake) + toRespond);
    }

    private static async Task RoutineAsync(SlaBook book, string property, string reference, string intake)
    {
        var workOrder = await book.StartAsync(property, reference, "routine", At(intake));
        await book.MeetAsync(workOrder, SlaPolicy.Respond, At(intake).AddDays(1));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
