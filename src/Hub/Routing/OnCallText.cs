using System.Globalization;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>How on-call times, dates and weekdays are written in portfolio files and CSVs, read strictly.</summary>
internal static class OnCallText
{
    public const string LocalFormat = "yyyy-MM-ddTHH:mm";

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>A time of day, <c>HH:mm</c>; with <paramref name="endOfDay"/>, <c>24:00</c> is read as null (midnight ending the day).</summary>
    public static bool TryParseTime(string? text, bool endOfDay, out TimeOnly? time)
    {
        time = null;
        var trimmed = text?.Trim();
        if (endOfDay && trimmed == "24:00")
        {
            return true;
        }

        if (TimeOnly.TryParseExact(trimmed, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    public static string Format(TimeOnly? time) => time is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : "24:00";

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local date and time, <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public static bool TryParseLocal(string? text, out DateTime local)
    {
        var ok = DateTime.TryParseExact(text?.Trim(), LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return ok;
    }

    public static string FormatLocal(DateTime local) => local.ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>A weekday as <c>mon</c> or <c>monday</c>, in any case.</summary>
    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        day = default;
        var name = text?.Trim().ToLowerInvariant() ?? string.Empty;
        if (name.Length < 3)
        {
            return false;
        }

        var index = Array.IndexOf(DayNames, name[..3]);
        if (index < 0 || (name.Length > 3 && !name.Equals(((DayOfWeek)index).ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        day = (DayOfWeek)index;
        return true;
    }

    public static string Format(DayOfWeek day) => DayNames[(int)day];
}
