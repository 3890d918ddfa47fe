using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>What a rotation is, apart from who takes part: its trade, period, handoff, start and windows.</summary>
internal sealed record RotationSettings(string Trade, RotationPeriod Period, DayOfWeek? HandoffDay, TimeOnly HandoffTime, DateOnly StartDate, IReadOnlyList<OnCallWindow> Windows)
{
    /// <summary>The settings from their written form, or null with every problem.</summary>
    public static RotationSettings? Parse(
        string? trade, string? period, string? handoffDay, string? handoffTime, string? start, IReadOnlyList<OnCallWindow> windows, List<string> problems)
    {
        var before = problems.Count;
        if (!Trades.TryParse(trade, out var parsedTrade))
        {
            problems.Add($"trade '{trade}' is not {Trades.Listed}");
        }

        var periodKnown = WireNames.TryParse<RotationPeriod>(period, out var parsedPeriod);
        if (!periodKnown)
        {
            problems.Add($"period '{period}' is not daily or weekly");
        }

        DayOfWeek? day = null;
        if (!periodKnown)
        {
            // The handoff day is checked once the period is known.
        }
        else if (parsedPeriod == RotationPeriod.Weekly && !string.IsNullOrWhiteSpace(handoffDay))
        {
            if (OnCallText.TryParseDay(handoffDay, out var parsedDay))
            {
                day = parsedDay;
            }
            else
            {
                problems.Add($"handoff day '{handoffDay}' is not a weekday (mon..sun)");
            }
        }
        else if (parsedPeriod == RotationPeriod.Weekly)
        {
            problems.Add("a weekly rotation needs its handoff day");
        }
        else if (!string.IsNullOrWhiteSpace(handoffDay))
        {
            problems.Add("a daily rotation hands off every day; leave the handoff day out");
        }

        if (!OnCallText.TryParseTime(handoffTime, endOfDay: false, out var time))
        {
            problems.Add($"handoff time '{handoffTime}' is not a time of day (HH:mm)");
        }

        if (!OnCallText.TryParseDate(start, out var startDate))
        {
            problems.Add($"start '{start}' is not a date (yyyy-MM-dd)");
        }

        return problems.Count > before ? null : new RotationSettings(parsedTrade, parsedPeriod, day, time!.Value, startDate, windows);
    }

    public string? HandoffDayText => HandoffDay is { } day ? OnCallText.Format(day) : null;
}
