using System.Globalization;
using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>Reads a caller's short answer to a follow-up: yes, no, or not known.</summary>
internal static partial class YesNo
{
    public static bool? Read(string text)
    {
        var said = text.ToLowerInvariant();
        if (Unsure().IsMatch(said))
        {
            return null;
        }

        var yes = Yes().IsMatch(said);
        var no = No().IsMatch(said);
        return yes == no ? null : yes;
    }

    public static bool IsUnsure(string text) => Unsure().IsMatch(text.ToLowerInvariant()) || text.Trim().Length == 0;

    /// <summary>For "is it only your home?": true when only theirs, false when others are out too.</summary>
    public static bool? SaysOnlyMine(string text)
    {
        var said = text.ToLowerInvariant();
        if (Others().IsMatch(said))
        {
            return false;
        }

        return OnlyMine().IsMatch(said) ? true : Read(said);
    }

    public static double? Temperature(string text) =>
        Degrees().Match(text.ToLowerInvariant()) is { Success: true } match ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(don'?t know|do not know|not sure|no idea|can'?t tell|dunno|idk|i can'?t see|haven'?t (tried|checked)|i think)\b")]
    private static partial Regex Unsure();

    [GeneratedRegex(@"\b(yes|yeah|yep|yup|yea|still|it is|it'?s (still )?(going|running|coming|flowing|pouring)|correct|that'?s right|only one|just the one|we do|i can|definitely)\b")]
    private static partial Regex Yes();

    [GeneratedRegex(@"\b(no|nope|nah|not|stopped|it'?s off|we have (another|two)|can'?t|cannot|won'?t)\b")]
    private static partial Regex No();

    [GeneratedRegex(@"\b(everyone|everybody|whole (building|block|street)|neighbou?rs?|hallways?|the street|building)\b")]
    private static partial Regex Others();

    [GeneratedRegex(@"\b(just (mine|me|my (apartment|unit|place))|only (mine|my (apartment|unit|place)|me)|just my)\b")]
    private static partial Regex OnlyMine();

    [GeneratedRegex(@"\b(\d{2,3})\s*(?:°|degrees?|deg|f\b)")]
    private static partial Regex Degrees();
}
