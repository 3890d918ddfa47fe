using System.Globalization;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The query of a list request (<c>GET Messages.json</c> / <c>Calls.json</c>) as Twilio reads it: <c>To</c>, <c>From</c>,
/// a date filter on the sent or start time (<c>DateSent</c> / <c>StartTime</c>, with <c>&lt;</c> for on or before and
/// <c>&gt;</c> for on or after; a <c>YYYY-MM-DD</c> day in UTC, or an instant), <c>PageSize</c> (default 50, at most
/// 1000), <c>Page</c> and <c>PageToken</c>.
/// </summary>
internal sealed record TwilioListQuery(string? To, string? From, DateFilter? On, DateFilter? OnOrBefore, DateFilter? OnOrAfter, int PageSize, int Page, string? PageToken)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 1000;

    /// <summary>The query, or the reason Twilio would refuse it (a 400).</summary>
    public static (TwilioListQuery? Query, string? Refusal) Read(IRequestMessage request, string dateName)
    {
        // WireMock decodes query values but not names, and "DateSent>" arrives as "DateSent%3E".
        string? Value(string key) => request.Query?.FirstOrDefault(q => Uri.UnescapeDataString(q.Key) == key).Value?.FirstOrDefault();
        var filters = new DateFilter?[3];
        string[] names = [dateName, dateName + "<", dateName + ">"];
        for (var i = 0; i < names.Length; i++)
        {
            if (Value(names[i]) is { } text && (filters[i] = DateFilter.Parse(text)) is null)
            {
                return (null, $"Invalid value for {names[i]}: expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
            }
        }

        var size = DefaultPageSize;
        if (Value("PageSize") is { } sizeText && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
        {
            return (null, "Invalid value for PageSize");
        }

        var page = 0;
        if (Value("Page") is { } pageText && !int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return (null, "Invalid value for Page");
        }

        return (new TwilioListQuery(Value("To"), Value("From"), filters[0], filters[1], filters[2], Math.Min(size, MaxPageSize), page, Value("PageToken")), null);
    }

    /// <summary>Whether a record passes To, From and the date filters (a record without the date passes none of them).</summary>
    public bool Matches(string to, string from, DateTimeOffset? date) =>
        (To is null || string.Equals(To, to, StringComparison.Ordinal))
        && (From is null || string.Equals(From, from, StringComparison.Ordinal))
        && (On is null || date is { } d1 && On.Compare(d1) == 0)
        && (OnOrBefore is null || date is { } d2 && OnOrBefore.Compare(d2) <= 0)
        && (OnOrAfter is null || date is { } d3 && OnOrAfter.Compare(d3) >= 0);
}
