using System.Globalization;

namespace AiPhoneCoverage.CallLoad;

/// <summary>Durations on the command line: <c>120s</c>, <c>2m</c>, <c>500ms</c>, or plain seconds; ranges as <c>1s-3s</c>.</summary>
internal static class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60)];
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                duration = TimeSpan.FromSeconds(value * seconds);
                return true;
            }
        }

        var plain = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0;
        duration = plain ? TimeSpan.FromSeconds(number) : TimeSpan.Zero;
        return plain;
    }

    public static bool TryParseRange(string text, out TimeSpan low, out TimeSpan high)
    {
        var parts = text.Split('-', 2);
        high = TimeSpan.Zero;
        return TryParse(parts[0], out low) && (parts.Length == 1 ? (high = low) >= low : TryParse(parts[1], out high)) && high >= low;
    }

    public static string Format(TimeSpan duration) => FormattableString.Invariant($"{duration.TotalSeconds:0.###} s");
}
