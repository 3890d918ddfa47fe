using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>
/// SLA compliance of a portfolio's work orders whose intake falls in some calendar days, each property's days in its
/// own time zone: per property, urgency and target, how many were met, breached or are still open, and how long
/// meeting took. Every duration is real elapsed time between instants, never a difference of wall-clock times.
/// </summary>
internal static class SlaReport
{
    private static readonly string[] Urgencies = ["emergency", "urgent", "routine", "none"];

    /// <summary>The report over the unit of work's portfolio, as of <paramref name="now"/>.</summary>
    public static async Task<IReadOnlyList<SlaReportRow>> ComputeAsync(HubDbContext db, SlaReportDays days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var properties = await db.Properties.AsNoTracking().Select(p => new { p.Id, p.Code, p.TimeZone }).ToListAsync(cancellationToken);
        var zones = properties.ToDictionary(p => p.Id, p => LocalTimes.FindZone(p.TimeZone) ?? TimeZoneInfo.Utc);
        var zonesByCode = properties.ToDictionary(p => p.Code, p => zones[p.Id], StringComparer.Ordinal);

        // One indexed range read over every property's window (a clock of a removed property is read in UTC), then
        // each clock is kept if its intake falls in its own property's window.
        var windows = zones.Values.Append(TimeZoneInfo.Utc).Select(days.In).ToList();
        var lower = windows.Min(w => w.Start);
        var upper = windows.Max(w => w.End);
        var clocks = await db.SlaClocks.AsNoTracking()
            .Where(c => c.StartedAt >= lower && c.StartedAt < upper)
            .Select(c => new { c.PropertyId, c.PropertyCode, c.Urgency, c.Target, c.StartedAt, c.DueAt, c.MetAt, c.BreachedAt })
            .ToListAsync(cancellationToken);

        var rows = new List<SlaReportRow>();
        var inRange = clocks
            .Select(c => (Clock: c, Zone: c.PropertyId is { } id && zones.TryGetValue(id, out var zone) ? zone : zonesByCode.GetValueOrDefault(c.PropertyCode) ?? TimeZoneInfo.Utc))
            .Where(x => x.Clock.StartedAt >= days.In(x.Zone).Start && x.Clock.StartedAt < days.In(x.Zone).End);
        foreach (var group in inRange.GroupBy(x => (x.Clock.PropertyCode, x.Clock.Urgency, x.Clock.Target)))
        {
            var zone = group.First().Zone;
            var (start, end) = days.In(zone);
            var outcomes = group.Select(x => Classify(x.Clock.DueAt, x.Clock.MetAt, x.Clock.BreachedAt, now)).ToList();
            var toMeet = group.Where(x => x.Clock.MetAt is not null).Select(x => x.Clock.MetAt!.Value - x.Clock.StartedAt).Order().ToList();
            rows.Add(new SlaReportRow(
                group.Key.PropertyCode, zone.Id, start.ToOffset(zone.GetUtcOffset(start)), end.ToOffset(zone.GetUtcOffset(end)),
                group.Key.Urgency, group.Key.Target, outcomes.Count,
                outcomes.Count(o => o == SlaOutcome.Met), outcomes.Count(o => o == SlaOutcome.Breached), outcomes.Count(o => o == SlaOutcome.Open),
                SlaDurations.Median(toMeet), toMeet.Count == 0 ? null : toMeet[^1]));
        }

        return [.. rows
            .OrderBy(r => r.Property, StringComparer.Ordinal)
            .ThenBy(r => Rank(Urgencies, r.Urgency)).ThenBy(r => r.Urgency, StringComparer.Ordinal)
            .ThenBy(r => Rank(SlaPolicy.TargetNames, r.Target)).ThenBy(r => r.Target, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Breached when the worker noted it so, when it was met after its due time, or when it is unmet and past due;
    /// met when met by its due time; open otherwise.
    /// </summary>
    public static SlaOutcome Classify(DateTimeOffset dueAt, DateTimeOffset? metAt, DateTimeOffset? breachedAt, DateTimeOffset now) =>
        breachedAt is not null || metAt > dueAt || (metAt is null && dueAt < now) ? SlaOutcome.Breached
        : metAt is not null ? SlaOutcome.Met
        : SlaOutcome.Open;

    private static int Rank(IReadOnlyList<string> order, string value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == value)
            {
                return i;
            }
        }

        return order.Count;
    }
}
