using AiPhoneCoverage.Hub.Routing;
using Microsoft.Extensions.Time.Testing;
using static AiPhoneCoverage.Hub.Tests.Routing.Schedules;

namespace AiPhoneCoverage.Hub.Tests.Routing;

/// <summary>Handoffs in America/New_York across the 2026 changes: spring forward on 8 March, fall back on 1 November.</summary>
public sealed class RotationArithmeticTests
{
    [Theory]
    [InlineData("2026-03-08T02:30", "2026-03-08T07:00")] // skipped: the next valid local time, 03:00 EDT
    [InlineData("2026-03-08T02:00", "2026-03-08T07:00")]
    [InlineData("2026-03-08T03:00", "2026-03-08T07:00")]
    [InlineData("2026-03-08T01:59", "2026-03-08T06:59")]
    [InlineData("2026-11-01T01:30", "2026-11-01T05:30")] // repeated: the first 01:30, still EDT
    [InlineData("2026-11-01T02:00", "2026-11-01T07:00")]
    [InlineData("2026-07-01T12:00", "2026-07-01T16:00")]
    public void Local_times_name_one_instant_even_when_the_clocks_change(string local, string utc) =>
        Assert.Equal(Utc(utc), LocalTimes.ToInstant(LocalTime(local), NewYork));

    [Fact]
    public void A_daily_handoff_at_0230_on_the_spring_forward_night_happens_at_0300()
    {
        var rotation = Rotation("nightly", period: RotationPeriod.Daily, handoff: "02:30", start: "2026-03-01");
        var clock = new FakeTimeProvider(Utc("2026-03-08T06:59")); // 01:59 EST

        var before = rotation.ShiftAt(clock.GetUtcNow())!;
        clock.Advance(TimeSpan.FromMinutes(1)); // 03:00 EDT
        var after = rotation.ShiftAt(clock.GetUtcNow())!;

        Assert.Equal(before.Number + 1, after.Number);
        Assert.NotEqual(before.Member, after.Member);
        Assert.Equal(Utc("2026-03-07T07:30"), before.Start); // 02:30 EST
        Assert.Equal(Utc("2026-03-08T07:00"), after.Start);
        Assert.Equal(Utc("2026-03-09T06:30"), after.End); // 02:30 EDT
        Assert.Equal(TimeSpan.FromHours(23.5), before.End - before.Start);
    }

    [Fact]
    public void A_fall_back_night_has_one_handoff_at_the_first_0130_and_that_shift_lasts_25_hours()
    {
        var rotation = Rotation("nightly", period: RotationPeriod.Daily, handoff: "01:30", start: "2026-10-25");
        var clock = new FakeTimeProvider(Local("2026-11-01T00:00"));
        var changes = new List<DateTimeOffset>();
        var shift = rotation.ShiftAt(clock.GetUtcNow())!;
        while (clock.GetUtcNow() < Local("2026-11-02T00:00"))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var now = rotation.ShiftAt(clock.GetUtcNow())!;
            if (now.Number != shift.Number)
            {
                changes.Add(clock.GetUtcNow());
                shift = now;
            }
        }

        Assert.Equal([Utc("2026-11-01T05:30")], changes); // 01:30 EDT; the second 01:30 (EST, 06:30Z) hands off nothing
        Assert.Equal(TimeSpan.FromHours(25), shift.End - shift.Start);
        Assert.Equal(Utc("2026-11-02T06:30"), shift.End); // 01:30 EST
    }

    [Fact]
    public void A_weekly_monday_0800_handoff_keeps_its_wall_clock_time_and_the_week_across_spring_forward_is_an_hour_short()
    {
        var rotation = Rotation("weekly", start: "2026-03-02", members: ["ana", "ben", "cruz"]);
        var clock = new FakeTimeProvider(Utc("2026-03-09T11:59")); // Monday 07:59 EDT

        var before = rotation.ShiftAt(clock.GetUtcNow())!;
        clock.Advance(TimeSpan.FromMinutes(1));
        var after = rotation.ShiftAt(clock.GetUtcNow())!;

        Assert.Equal(("ana", 0), (before.Member.Code, before.MemberIndex));
        Assert.Equal(("ben", 1), (after.Member.Code, after.MemberIndex));
        Assert.Equal(Utc("2026-03-02T13:00"), before.Start); // 08:00 EST
        Assert.Equal(TimeSpan.FromHours(167), before.End - before.Start);
        Assert.Equal("cruz", rotation.ShiftAt(Local("2026-03-16T08:00"))!.Member.Code);
        Assert.Equal("ana", rotation.ShiftAt(Local("2026-03-23T08:00"))!.Member.Code);
    }

    [Fact]
    public void A_weekly_sunday_0130_handoff_happens_once_on_the_fall_back_night_and_that_week_is_an_hour_longer()
    {
        var rotation = Rotation("weekly", day: DayOfWeek.Sunday, handoff: "01:30", start: "2026-10-25");

        var shift = rotation.ShiftAt(Utc("2026-11-01T06:30"))!; // the second 01:30 (EST)

        Assert.Equal(1, shift.Number);
        Assert.Equal(Utc("2026-11-01T05:30"), shift.Start);
        Assert.Equal(Utc("2026-11-08T06:30"), shift.End);
        Assert.Equal(TimeSpan.FromHours(169), shift.End - shift.Start);
    }

    [Fact]
    public void A_weekly_rotation_starts_at_the_first_handoff_day_on_or_after_its_start_date()
    {
        var rotation = Rotation("weekly", day: DayOfWeek.Wednesday, start: "2026-01-05"); // a Monday

        Assert.Null(rotation.ShiftAt(Local("2026-01-07T07:59")));
        Assert.Equal((0L, "ana"), (rotation.ShiftAt(Local("2026-01-07T08:00"))!.Number, rotation.ShiftAt(Local("2026-01-07T08:00"))!.Member.Code));
        var answer = OnCallResolver.Decide(For(rotation), Trades.Plumbing, Local("2026-01-06T12:00"));
        Assert.Null(answer.Contact);
        Assert.Contains("rotation 'weekly' starts 2026-01-07T08:00", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_take_turns_in_order_and_wrap_around()
    {
        var rotation = Rotation("daily", period: RotationPeriod.Daily, start: "2026-01-01", members: ["ana", "ben", "cruz", "dee"]);
        var clock = new FakeTimeProvider(Local("2026-01-01T08:00"));
        var seen = new List<string>();
        for (var day = 0; day < 9; day++)
        {
            seen.Add(rotation.ShiftAt(clock.GetUtcNow())!.Member.Code);
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(["ana", "ben", "cruz", "dee", "ana", "ben", "cruz", "dee", "ana"], seen);
    }
}
