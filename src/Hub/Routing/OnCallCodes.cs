using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>Contact ids and rotation names are codes, like property codes: lowercase letters, digits and dashes.</summary>
internal static partial class OnCallCodes
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();
}
