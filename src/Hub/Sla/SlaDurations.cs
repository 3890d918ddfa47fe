using System.Globalization;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>Elapsed times as the report prints them: <c>4m30s</c>, <c>1h50m</c>, <c>2d03h15m</c>.</summary>
internal static class SlaDurations
{
    public static string Format(TimeSpan? elapsed)
    {
        if (elapsed is not { } t)
        {
            return "-";
        }

        t = TimeSpan.FromSeconds(Math.Floor(t.TotalSeconds));
        return t.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalDays}d{t.Hours:00}h{t.Minutes:00}m")
            : t.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}h{t.Minutes:00}m")
            : t.Seconds == 0 ? string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}m")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}m{t.Seconds:00}s");
    }

    /// <summary>The median of some elapsed times (the mean of the middle two for an even count); null for none.</summary>
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : TimeSpan.FromTicks((sorted[(sorted.Count / 2) - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);
}
