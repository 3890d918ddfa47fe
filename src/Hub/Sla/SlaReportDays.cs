using AiPhoneCoverage.Hub.Routing;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>
/// The calendar days a report covers, <paramref name="From"/> to <paramref name="To"/> inclusive, read in each property's
/// own time zone: from 00:00 local on the first day to 00:00 local on the day after the last, so a daylight-saving day
/// is 23 or 25 hours long (a midnight the zone skips means the first local time after it).
/// </summary>
internal sealed record SlaReportDays(DateOnly From, DateOnly To)
{
    /// <summary>The instants [start, end) the days cover in <paramref name="zone"/>, in UTC.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) In(TimeZoneInfo zone) =>
        (LocalTimes.ToInstant(From.ToDateTime(TimeOnly.MinValue), zone), LocalTimes.ToInstant(To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
}
