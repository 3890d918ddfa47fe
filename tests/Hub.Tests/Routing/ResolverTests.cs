using AiPhoneCoverage.Hub.Routing;
using Microsoft.Extensions.Time.Testing;
using static AiPhoneCoverage.Hub.Tests.Routing.Schedules;

namespace AiPhoneCoverage.Hub.Tests.Routing;

/// <summary>Restrictions, overrides, fallbacks and "until when", on Maple Court's wall clock (2026-01-05 is a Monday).</summary>
public sealed class ResolverTests
{
    [Theory]
    [InlineData("2026-01-06T12:00", null)] // Tuesday noon: business hours
    [InlineData("2026-01-06T16:59", null)]
    [InlineData("2026-01-06T17:00", "ana")]
    [InlineData("2026-01-07T07:59", "ana")] // Wednesday early morning
    [InlineData("2026-01-07T08:00", null)]
    [InlineData("2026-01-09T16:59", null)] // Friday afternoon
    [InlineData("2026-01-10T03:00", "ana")] // Saturday night
    [InlineData("2026-01-11T12:00", "ana")] // Sunday noon
    [InlineData("2026-01-12T07:59", "ana")] // Monday before the handoff, still last week's member
    [InlineData("2026-01-12T08:00", null)] // the handoff is in business hours
    [InlineData("2026-01-12T17:00", "ben")]
    public void An_after_hours_rotation_answers_only_on_weekday_evenings_nights_and_weekends(string local, string? expected)
    {
        var schedule = For(Rotation("plumbing", windows: AfterHours));

        var answer = OnCallResolver.Decide(schedule, Trades.Plumbing, Local(local));

        Assert.Equal(expected, answer.Contact?.Code);
        if (expected is null)
        {
            Assert.Contains("rotation 'plumbing' is outside its on-call windows", answer.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_answer_says_until_when_and_who_is_next_as_the_clock_moves()
    {
        var schedule = For(Rotation("plumbing", windows: AfterHours));
        var clock = new FakeTimeProvider(Local("2026-01-09T20:00")); // Friday evening

        var friday = OnCallResolver.WhoIsOnCall(schedule, Trades.Plumbing, clock.GetUtcNow());
        clock.SetUtcNow(friday.Until!.Value);
        var monday = OnCallResolver.WhoIsOnCall(schedule, Trades.Plumbing, clock.GetUtcNow());
        clock.SetUtcNow(monday.Until!.Value);
        var evening = OnCallResolver.WhoIsOnCall(schedule, Trades.Plumbing, clock.GetUtcNow());

        Assert.Equal(("ana", Local("2026-01-12T08:00")), (friday.Contact?.Code, friday.Until));
        Assert.Null(friday.Next); // Monday 08:00 is business hours: nobody
        Assert.Null(monday.Contact);
        Assert.Equal(("ben", Local("2026-01-12T17:00")), (monday.Next?.Code, monday.Until));
        Assert.Equal(("ben", Local("2026-01-13T08:00")), (evening.Contact?.Code, evening.Until));
    }

    [Fact]
    public void An_override_replaces_the_member_for_its_window_even_outside_the_rotation_windows()
    {
        var schedule = For(Rotation("plumbing", windows: AfterHours, overrides: ("zoe", "2026-01-06T12:00", "2026-01-07T08:00")));

        var noon = OnCallResolver.WhoIsOnCall(schedule, Trades.Plumbing, Local("2026-01-06T13:00"));
        var night = OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-01-06T23:00"));
        var after = OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-01-07T17:00"));

        Assert.Equal("zoe", noon.Contact?.Code);
        Assert.Equal(OnCallRuleKind.Override, noon.Rule!.Kind);
        Assert.Equal("override of rotation 'plumbing' from 2026-01-06T12:00 to 2026-01-07T08:00", noon.Rule.Describe());
        Assert.Equal(Local("2026-01-07T08:00"), noon.Until);
        Assert.Equal("zoe", night.Contact?.Code);
        Assert.Equal(("ana", OnCallRuleKind.Rotation, 0), (after.Contact?.Code, after.Rule!.Kind, after.Rule.MemberIndex));
    }

    [Fact]
    public void A_trade_without_a_rotation_falls_back_to_the_general_rotation()
    {
        var schedule = For(Rotation("general", trade: Trades.General, members: ["gus"]), Rotation("plumbing", members: ["pat"]));

        var hvac = OnCallResolver.Decide(schedule, Trades.Hvac, Local("2026-02-02T12:00"));
        var plumbing = OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-02-02T12:00"));

        Assert.Equal("gus", hvac.Contact?.Code);
        Assert.True(hvac.Rule!.Fallback);
        Assert.Equal(["maple-court has no hvac rotation", "no portfolio-wide hvac rotation"], hvac.Rule.Skipped);
        Assert.Equal("pat", plumbing.Contact?.Code);
        Assert.False(plumbing.Rule!.Fallback);
    }

    [Fact]
    public void A_property_without_its_own_rotation_takes_the_portfolio_wide_one_for_the_trade_before_any_general_one()
    {
        var schedule = For(
            Rotation("maple-general", trade: Trades.General, members: ["gus"]),
            Rotation("regional-electrical", trade: Trades.Electrical, members: ["eve"], portfolioWide: true),
            Rotation("regional-general", trade: Trades.General, members: ["ray"], portfolioWide: true));

        var electrical = OnCallResolver.Decide(schedule, Trades.Electrical, Local("2026-02-02T12:00"));
        var general = OnCallResolver.Decide(For(schedule.Rotations.Where(r => r.PortfolioWide).ToArray()), Trades.Hvac, Local("2026-02-02T12:00"));

        Assert.Equal(("eve", true, true), (electrical.Contact?.Code, electrical.Rule!.PortfolioWide, electrical.Rule.Fallback));
        Assert.Equal("portfolio-wide electrical rotation 'regional-electrical', member 1 of 1", electrical.Rule.Describe());
        Assert.Equal(("ray", Trades.General), (general.Contact?.Code, general.Rule!.Trade));
    }

    [Fact]
    public void A_place_whose_rotations_are_all_outside_their_windows_passes_to_the_next()
    {
        var schedule = For(Rotation("plumbing", windows: AfterHours, members: ["pat"]), Rotation("general", trade: Trades.General, members: ["gus"]));

        var day = OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-02-03T10:00"));
        var night = OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-02-03T22:00"));

        Assert.Equal("gus", day.Contact?.Code);
        Assert.Contains("rotation 'plumbing' is outside its on-call windows", day.Rule!.Skipped);
        Assert.Equal("pat", night.Contact?.Code);
    }

    [Fact]
    public void Two_rotations_of_one_trade_answer_in_order_each_in_its_own_windows()
    {
        var weekends = new OnCallWindow(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, TimeOnly.MinValue, null);
        var schedule = For(
            Rotation("weekend-crew", members: ["wes"], windows: [weekends], position: 0),
            Rotation("everyday", members: ["eva"], position: 1));

        Assert.Equal("wes", OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-02-07T10:00")).Contact?.Code);
        Assert.Equal("eva", OnCallResolver.Decide(schedule, Trades.Plumbing, Local("2026-02-09T10:00")).Contact?.Code);
    }

    [Fact]
    public void Nobody_on_call_is_an_answer_with_every_reason_and_the_time_someone_will_be()
    {
        var schedule = For(Rotation("plumbing", windows: AfterHours));

        var answer = OnCallResolver.WhoIsOnCall(schedule, Trades.Hvac, Local("2026-02-03T10:00"));
        var empty = OnCallResolver.WhoIsOnCall(For(), Trades.General, Local("2026-02-03T10:00"));

        Assert.Null(answer.Contact);
        Assert.Equal(
            "nobody is on call for hvac at maple-court: maple-court has no hvac rotation; no portfolio-wide hvac rotation; " +
            "maple-court has no general rotation; no portfolio-wide general rotation",
            answer.Reason);
        Assert.Equal("nobody is on call for general at maple-court: maple-court has no general rotation; no portfolio-wide general rotation", empty.Reason);
        Assert.Null(empty.Until);
    }
}
