using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>The shapes of Twilio's resource ids: two letters and 32 lowercase hex digits.</summary>
internal static partial class TwilioSids
{
    public static bool IsAccount(string? sid) => sid is not null && Account().IsMatch(sid);

    public static bool IsCall(string? sid) => sid is not null && Call().IsMatch(sid);

    public static bool IsMessage(string? sid) => sid is not null && Message().IsMatch(sid);

    [GeneratedRegex("^AC[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    [GeneratedRegex("^CA[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Call();

    [GeneratedRegex("^(SM|MM)[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Message();
}
