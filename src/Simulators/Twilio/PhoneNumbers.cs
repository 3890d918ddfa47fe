using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Simulators;

/// <summary>What the simulator accepts as a phone number: E.164 (a plus, a country code, up to 15 digits).</summary>
internal static partial class PhoneNumbers
{
    public static bool IsE164(string? number) => number is not null && E164().IsMatch(number);

    /// <summary>Only the digits, so that "+16175550100" given in a query string (where + may arrive as a space) still matches.</summary>
    public static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
