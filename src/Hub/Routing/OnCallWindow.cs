namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// A restriction window of a rotation: on each listed weekday, the local hours from <see cref="From"/> to
/// <see cref="To"/> of that calendar day. A window whose end is earlier than its start covers the evening and the early
/// morning of each listed day (weekdays 17:00 to 08:00 covers Monday 00:00 to 08:00 and Monday 17:00 to midnight, and so
/// on); with weekends whole, that is every after-hours minute.
/// </summary>
internal sealed record OnCallWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly? To)
{
    /// <summary>Whether the window covers this local time.</summary>
    public bool Contains(DateTime local)
    {
        if (!Days.Contains(local.DayOfWeek))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local);
        return To switch
        {
            null => time >= From,
            { } to when From < to => time >= From && time < to,
            { } to => time >= From || time < to,
        };
    }

    /// <summary>The local times of <paramref name="date"/> at which the window may open or close.</summary>
    public IEnumerable<DateTime> Boundaries(DateOnly date)
    {
        yield return date.ToDateTime(TimeOnly.MinValue);
        yield return date.ToDateTime(From);
        yield return To is { } to ? date.ToDateTime(to) : date.AddDays(1).ToDateTime(TimeOnly.MinValue);
    }

    public bool IsAllDay => From == TimeOnly.MinValue && To is null;
}
