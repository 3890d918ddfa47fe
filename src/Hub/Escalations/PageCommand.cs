using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// What a technician's text means: <c>ACK 4821</c> (or a bare <c>1</c>, <c>yes</c>, <c>accept</c>) accepts a page,
/// <c>ONSITE 4821</c> (or <c>arrived</c>) reports arrival, <c>DONE 4821</c> (or <c>contained</c>) reports the emergency
/// contained. The code may be left out when only one page fits.
/// </summary>
/// <param name="Kind">ack, onsite, done, or unknown.</param>
/// <param name="Code">The escalation's four digits, when given.</param>
internal sealed partial record PageCommand(string Kind, string? Code)
{
    public const string Ack = "ack";
    public const string OnSite = "onsite";
    public const string Done = "done";
    public const string Unknown = "unknown";

    public static PageCommand Parse(string? body)
    {
        var match = Pattern().Match(body ?? string.Empty);
        if (!match.Success)
        {
            return new PageCommand(Unknown, null);
        }

        var code = match.Groups["code"].Success ? match.Groups["code"].Value : null;
        var kind = match.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "1" or "ack" or "yes" or "y" or "accept" or "ok" => Ack,
            "onsite" or "on site" or "arrived" => OnSite,
            _ => Done,
        };
        return new PageCommand(kind, code);
    }

    [GeneratedRegex(@"^\s*(?<verb>ack|1|yes|y|accept|ok|onsite|on site|arrived|done|contained)\b[\s:#-]*(?<code>\d{4})?\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
