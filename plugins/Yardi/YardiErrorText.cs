using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Cleans a text Voyager sent before it goes into an error: the connection's secrets are removed, anything that looks
/// like a phone number becomes <c>[number]</c>, e-mail addresses become <c>[email]</c>, and it is cut to 200 characters.
/// </summary>
internal static partial class YardiErrorText
{
    private const int MaxLength = 200;

    public static string Clean(string text, IEnumerable<string> secrets)
    {
        var cleaned = text;
        foreach (var secret in secrets.Where(s => s.Length > 0))
        {
            cleaned = cleaned.Replace(secret, "[secret]", StringComparison.Ordinal);
        }

        cleaned = Email().Replace(cleaned, "[email]");
        cleaned = PhoneLike().Replace(cleaned, "[number]");
        cleaned = Whitespace().Replace(cleaned, " ").Trim();
        return cleaned.Length <= MaxLength ? cleaned : cleaned[..MaxLength] + "…";
    }

    [GeneratedRegex(@"[^\s@<>]+@[^\s@<>]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?\d[\d\s().\-]{5,}\d")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
