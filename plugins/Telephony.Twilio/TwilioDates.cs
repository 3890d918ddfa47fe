using System.Globalization;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>Twilio's resource dates: RFC 2822 with a numeric zone, for example <c>Mon, 07 Dec 2026 11:46:10 +0000</c>.</summary>
internal static class TwilioDates
{
    private static readonly string[] Formats = ["ddd, dd MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss", "dd MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss"];

    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        at = default;
        var space = text?.LastIndexOf(' ') ?? -1;
        if (space <= 0 || !TryOffset(text![(space + 1)..], out var offset))
        {
            return false;
        }

        if (!DateTime.TryParseExact(text[..space], Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        at = new DateTimeOffset(local, offset);
        return true;
    }

    // "+0000", "-0500"; "GMT" and "UT" as RFC 2822's obsolete zones allow.
    private static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is "GMT" or "UT" or "UTC" or "Z")
        {
            return true;
        }

        if (zone.Length != 5 || zone[0] is not ('+' or '-')
            || !int.TryParse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(zone.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        return true;
    }
}
