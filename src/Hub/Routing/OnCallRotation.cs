namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// A rotation with its arithmetic. The first handoff is at <see cref="HandoffTime"/> on <see cref="StartDate"/> (daily)
/// or on the first <see cref="HandoffDay"/> on or after it (weekly); handoff k is k days or k weeks of local dates later,
/// at the same local time, so a handoff keeps its wall-clock time across daylight-saving changes (see
/// <see cref="LocalTimes"/> for the skipped and repeated hours) and the shift around a change is an hour shorter or longer.
/// Member k mod n holds shift k.
/// </summary>
internal sealed class OnCallRotation
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Null for a portfolio-wide rotation.</summary>
    public Guid? PropertyId { get; init; }

    public required string Trade { get; init; }

    public int Position { get; init; }

    public required RotationPeriod Period { get; init; }

    /// <summary>Weekly rotations only.</summary>
    public DayOfWeek? HandoffDay { get; init; }

    public required TimeOnly HandoffTime { get; init; }

    public required DateOnly StartDate { get; init; }

    public required IReadOnlyList<OnCallContact> Members { get; init; }

    public IReadOnlyList<OnCallContact> Escalation { get; init; } = [];

    /// <summary>Empty: on call around the clock.</summary>
    public IReadOnlyList<OnCallWindow> Windows { get; init; } = [];

    public IReadOnlyList<OnCallOverride> Overrides { get; init; } = [];

    /// <summary>The property's zone, or the portfolio-wide rotation's own.</summary>
    public required TimeZoneInfo Zone { get; init; }

    public bool PortfolioWide => PropertyId is null;

    private int PeriodDays => Period == RotationPeriod.Daily ? 1 : 7;

    public DateOnly FirstHandoffDate => Period == RotationPeriod.Daily || HandoffDay is null
        ? StartDate
        : StartDate.AddDays(((int)HandoffDay.Value - (int)StartDate.DayOfWeek + 7) % 7);

    /// <summary>The instant of handoff <paramref name="number"/> (0 is the first).</summary>
    public DateTimeOffset HandoffAt(long number) =>
        LocalTimes.ToInstant(FirstHandoffDate.AddDays(checked((int)(number * PeriodDays))).ToDateTime(HandoffTime), Zone);

    /// <summary>The shift under way at <paramref name="instant"/>, or null before the first handoff.</summary>
    public OnCallShift? ShiftAt(DateTimeOffset instant)
    {
        if (Members.Count == 0)
        {
            return null;
        }

        var localDate = DateOnly.FromDateTime(LocalTimes.ToLocal(instant, Zone));
        var estimate = (long)Math.Floor((localDate.DayNumber - FirstHandoffDate.DayNumber) / (double)PeriodDays);
        var number = estimate + 1;
        while (number >= 0 && HandoffAt(number) > instant)
        {
            number--;
        }

        if (number < 0)
        {
            return null;
        }

        var index = (int)(number % Members.Count);
        return new OnCallShift(number, index, Members[index], HandoffAt(number), HandoffAt(number + 1));
    }

    /// <summary>Whether the rotation's restriction windows cover <paramref name="instant"/> (always, without windows).</summary>
    public bool IsWithinWindows(DateTimeOffset instant)
    {
        if (Windows.Count == 0)
        {
            return true;
        }

        var local = LocalTimes.ToLocal(instant, Zone);
        return Windows.Any(w => w.Contains(local));
    }

    public OnCallOverride? OverrideAt(DateTimeOffset instant) => Overrides.FirstOrDefault(o => o.Covers(instant));

    /// <summary>Every instant in (<paramref name="after"/>, <paramref name="until"/>] at which this rotation's answer may change.</summary>
    public IEnumerable<DateTimeOffset> ChangesBetween(DateTimeOffset after, DateTimeOffset until)
    {
        var changes = new List<DateTimeOffset>();
        var next = (ShiftAt(after)?.Number ?? -1) + 1;
        for (var at = HandoffAt(next); at <= until; at = HandoffAt(++next))
        {
            changes.Add(at);
        }

        var first = DateOnly.FromDateTime(LocalTimes.ToLocal(after, Zone)).AddDays(-1);
        var last = DateOnly.FromDateTime(LocalTimes.ToLocal(until, Zone)).AddDays(1);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            changes.AddRange(Windows.SelectMany(w => w.Boundaries(date)).Select(local => LocalTimes.ToInstant(local, Zone)));
        }

        changes.AddRange(Overrides.SelectMany(o => new[] { o.From, o.To }));
        return changes.Where(c => c > after && c <= until);
    }
}
