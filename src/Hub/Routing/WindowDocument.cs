namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A restriction window as written (<see cref="OnCallWindow"/>): weekdays, and local hours (whole days without them).</summary>
internal sealed record WindowDocument
{
    /// <summary>mon..sun (or monday..sunday).</summary>
    public IReadOnlyList<string> Days { get; init; } = [];

    /// <summary>HH:mm; 00:00 when absent.</summary>
    public string? From { get; init; }

    /// <summary>HH:mm or 24:00 (the default); earlier than From for a window across midnight.</summary>
    public string? To { get; init; }

    /// <summary>The window, or null with the reason.</summary>
    public OnCallWindow? ToWindow(out string? problem)
    {
        problem = null;
        var days = new HashSet<DayOfWeek>();
        foreach (var name in Days)
        {
            if (!OnCallText.TryParseDay(name, out var day))
            {
                problem = $"day '{name}' is not a weekday (mon..sun)";
                return null;
            }

            days.Add(day);
        }

        if (days.Count == 0)
        {
            problem = "a window needs its days";
            return null;
        }

        if (!OnCallText.TryParseTime(From ?? "00:00", endOfDay: false, out var from))
        {
            problem = $"window from '{From}' is not a time of day (HH:mm)";
            return null;
        }

        if (!OnCallText.TryParseTime(To ?? "24:00", endOfDay: true, out var to))
        {
            problem = $"window to '{To}' is not a time of day (HH:mm, or 24:00)";
            return null;
        }

        if (to == from)
        {
            problem = $"window from {From} to {To} is empty";
            return null;
        }

        return new OnCallWindow(days, from!.Value, to);
    }

    public static WindowDocument Of(OnCallWindow window) => new()
    {
        Days = window.Days.OrderBy(d => ((int)d + 6) % 7).Select(OnCallText.Format).ToList(),
        From = window.IsAllDay ? null : OnCallText.Format(window.From),
        To = window.IsAllDay ? null : OnCallText.Format(window.To),
    };
}
