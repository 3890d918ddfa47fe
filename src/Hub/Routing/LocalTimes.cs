namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Wall-clock times of a time zone and the instants they name. A local time skipped by a spring-forward change means the
/// next valid local time (02:30 on such a night is 03:00, the instant the clocks jump); a local time that happens twice
/// on a fall-back night means its first occurrence.
/// </summary>
internal static class LocalTimes
{
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first occurrence.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max()).ToUniversalTime();
        }

        if (!zone.IsInvalidTime(local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }

        // Skipped: the first instant whose local time is at or after the one asked, i.e. the end of the gap. It lies
        // between the instants the local time names under the offsets on either side of the gap.
        var before = zone.GetUtcOffset(local.AddDays(-1));
        var after = zone.GetUtcOffset(local.AddDays(1));
        var low = (local - (before > after ? before : after)).Ticks;
        var high = (local - (before > after ? after : before)).Ticks;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (ToLocal(new DateTimeOffset(middle, TimeSpan.Zero), zone) >= local)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return new DateTimeOffset(low, TimeSpan.Zero);
    }

    public static TimeZoneInfo? FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
