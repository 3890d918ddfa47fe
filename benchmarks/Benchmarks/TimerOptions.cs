using System.Globalization;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>Reads the timer measurements' durations: "10m", "90s", "500ms", or a TimeSpan ("00:10:00").</summary>
internal static class TimerOptions
{
    public static TimeSpan Duration(string text)
    {
        var culture = CultureInfo.InvariantCulture;
        return text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(double.Parse(text[..^2], culture)),
            _ when text.EndsWith('s') => TimeSpan.FromSeconds(double.Parse(text[..^1], culture)),
            _ when text.EndsWith('m') => TimeSpan.FromMinutes(double.Parse(text[..^1], culture)),
            _ => TimeSpan.Parse(text, culture),
        };
    }
}
