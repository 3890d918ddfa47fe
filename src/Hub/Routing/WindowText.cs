namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Restriction windows written on one line, for the CSV: windows separated by <c>;</c>, each its days (<c>mon-fri</c>,
/// <c>sat,sun</c>, <c>weekdays</c>, <c>weekends</c>, <c>all</c>) and optionally its hours (<c>17:00-08:00</c>); without
/// hours, whole days. <c>weekdays 17:00-08:00; weekends</c> is after hours. Empty: around the clock.
/// </summary>
internal static class WindowText
{
    public static IReadOnlyList<OnCallWindow>? Parse(string? text, out string? problem)
    {
        problem = null;
        var windows = new List<OnCallWindow>();
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var hours = pieces.Length > 1 ? pieces[^1].Split('-') : ["00:00", "24:00"];
            var days = Days(string.Join(',', pieces.Length > 1 ? pieces[..^1] : pieces));
            if (days is null || hours.Length != 2)
            {
                problem = $"window '{part}' is not DAYS [HH:mm-HH:mm] (for example mon-fri 17:00-08:00)";
                return null;
            }

            var document = new WindowDocument { Days = days, From = hours[0], To = hours[1] };
            if (document.ToWindow(out var why) is not { } window)
            {
                problem = $"window '{part}': {why}";
                return null;
            }

            windows.Add(window);
        }

        return windows;
    }

    private static List<string>? Days(string text)
    {
        var days = new List<string>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (item.ToLowerInvariant())
            {
                case "weekdays":
                    days.AddRange(["mon", "tue", "wed", "thu", "fri"]);
                    continue;
                case "weekends":
                    days.AddRange(["sat", "sun"]);
                    continue;
                case "all":
                    days.AddRange(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
                    continue;
            }

            var range = item.Split('-');
            if (range.Length == 1)
            {
                days.Add(item);
            }
            else if (range.Length == 2 && OnCallText.TryParseDay(range[0], out var first) && OnCallText.TryParseDay(range[1], out var last))
            {
                for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
                {
                    days.Add(OnCallText.Format(day));
                    if (day == last)
                    {
                        break;
                    }
                }
            }
            else
            {
                return null;
            }
        }

        return days.Count == 0 ? null : days;
    }

    /// <summary>The windows as this syntax writes them.</summary>
    public static string Format(IReadOnlyList<OnCallWindow> windows) => string.Join("; ", windows.Select(w =>
    {
        var document = WindowDocument.Of(w);
        var days = string.Join(',', document.Days);
        return w.IsAllDay ? days : $"{days} {document.From}-{document.To}";
    }));
}
