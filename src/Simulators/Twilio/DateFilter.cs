using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>A day (UTC) or an instant that a list's date filter compares a record's date with.</summary>
internal sealed record DateFilter(DateOnly? Day, DateTimeOffset? Instant)
{
    public static DateFilter? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? new DateFilter(day, null)
        : DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? new DateFilter(null, at)
        : null;

    /// <summary>Negative when <paramref name="date"/> is before the filter's day or instant, 0 on it, positive after.</summary>
    public int Compare(DateTimeOffset date) => Day is { } day
        ? DateOnly.FromDateTime(date.UtcDateTime).CompareTo(day)
        : date.CompareTo(Instant!.Value);
}
