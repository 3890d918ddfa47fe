using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Sla;

/// <summary>The report's arithmetic: where a clock stands as of now, each zone's days, medians and printed durations.</summary>
public sealed class SlaReportTests
{
    private static readonly DateTimeOffset Intake = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero); // 10:00 EST at Oak

    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.PostgreSql)]
    public async Task A_clock_is_open_until_due_then_breached_whether_or_not_the_worker_noted_it(Provider provider)
    {
        var (hub, clock, book) = await SlaHub.StartAsync(provider, Intake);
        await using var _ = hub;
        var workOrder = await book.StartAsync("oak", "WO-7", "emergency", Intake);
        var days = new SlaReportDays(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25));

        clock.Advance(TimeSpan.FromMinutes(5));
        await book.MeetAsync(workOrder, SlaPolicy.Acknowledge, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(55));
        var atOneHour = await ReportAsync(hub, book, days, clock.GetUtcNow());
        clock.SetUtcNow(Intake.AddHours(2));
        await hub.Get<SlaWorker>().CheckDueAsync(CancellationToken.None); // notes the on-site breach
        var atTwoHours = await ReportAsync(hub, book, days, clock.GetUtcNow());
        var dayAfter = await ReportAsync(hub, book, days, Intake.AddHours(25)); // contained is past due, not noted by any worker

        Assert.Equal([("acknowledge", 1, 0, 0), ("on_site", 0, 0, 1), ("contained", 0, 0, 1)], atOneHour);
        Assert.Equal([("acknowledge", 1, 0, 0), ("on_site", 0, 1, 0), ("contained", 0, 0, 1)], atTwoHours);
        Assert.Equal([("acknowledge", 1, 0, 0), ("on_site", 0, 1, 0), ("contained", 0, 1, 0)], dayAfter);
    }

    [Fact]
    public void A_clock_met_at_its_due_instant_is_met_and_one_met_a_tick_later_is_breached()
    {
        var due = Intake.AddMinutes(15);

        Assert.Equal(SlaOutcome.Met, SlaReport.Classify(due, due, null, due.AddDays(1)));
        Assert.Equal(SlaOutcome.Breached, SlaReport.Classify(due, due.AddTicks(1), due, due.AddDays(1)));
        Assert.Equal(SlaOutcome.Breached, SlaReport.Classify(due, due.AddTicks(1), null, due.AddDays(1)));
        Assert.Equal(SlaOutcome.Open, SlaReport.Classify(due, null, null, due));
        Assert.Equal(SlaOutcome.Breached, SlaReport.Classify(due, null, null, due.AddTicks(1)));
        Assert.Equal(SlaOutcome.Breached, SlaReport.Classify(due, null, due, due)); // noted by the worker
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01", "2026-11-01T04:00Z", 25)]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08", "2026-03-08T05:00Z", 23)]
    [InlineData("America/New_York", "2026-11-25", "2026-11-25", "2026-11-25T05:00Z", 24)]
    [InlineData("America/New_York", "2026-10-31", "2026-11-02", "2026-10-31T04:00Z", 73)]
    [InlineData("America/Los_Angeles", "2026-11-01", "2026-11-01", "2026-11-01T07:00Z", 25)]
    [InlineData("America/Havana", "2026-03-08", "2026-03-08", "2026-03-08T05:00Z", 23)] // midnight is skipped: the day starts at 01:00
    [InlineData("America/Havana", "2026-11-01", "2026-11-01", "2026-11-01T04:00Z", 25)] // midnight happens twice: the first
    [InlineData("Etc/UTC", "2026-11-01", "2026-11-01", "2026-11-01T00:00Z", 24)]
    public void A_day_runs_from_local_midnight_to_the_next_local_midnight_in_real_hours(string zone, string from, string to, string start, int hours)
    {
        var days = new SlaReportDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var (begins, ends) = days.In(TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), begins);
        Assert.Equal(TimeSpan.FromHours(hours), ends - begins);
    }

    [Fact]
    public void Durations_print_compactly_and_the_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(
            ["-", "0m45s", "14m", "7m30s", "2h02m", "20h00m", "1d00h00m", "5d03h07m"],
            new TimeSpan?[] { null, TimeSpan.FromSeconds(45), TimeSpan.FromMinutes(14), TimeSpan.FromSeconds(450), new TimeSpan(2, 2, 30), TimeSpan.FromHours(20), TimeSpan.FromDays(1), new TimeSpan(5, 3, 7, 59) }
                .Select(SlaDurations.Format));
        Assert.Null(SlaDurations.Median([]));
        Assert.Equal(TimeSpan.FromMinutes(10), SlaDurations.Median([TimeSpan.FromMinutes(10)]));
        Assert.Equal(TimeSpan.FromSeconds(7350), SlaDurations.Median([new TimeSpan(1, 50, 0), new TimeSpan(2, 15, 0)]));
        Assert.Equal(TimeSpan.FromMinutes(2), SlaDurations.Median([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(30)]));
    }

    private static async Task<List<(string Target, int Met, int Breached, int Open)>> ReportAsync(TestHub hub, SlaBook book, SlaReportDays days, DateTimeOffset now)
    {
        await using var db = hub.Database.Open(PortfolioScope.For(book.PortfolioId));
        return [.. (await SlaReport.ComputeAsync(db, days, now, CancellationToken.None)).Select(r => (r.Target, r.Met, r.Breached, r.Open))];
    }
}
