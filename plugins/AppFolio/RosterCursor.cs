using System.Globalization;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// Where a roster export stands: the page to read next and, for an incremental export, the time whose changes it
/// lists. Written <c>page:2</c> or <c>since:2026-11-25T10:00:00Z;page:2</c>; the hub's first cursor is <c>since:…</c> or null.
/// </summary>
internal sealed record RosterCursor(DateTimeOffset? Since, int Page)
{
    public static RosterCursor First { get; } = new(null, 1);

    public static bool TryParse(string? text, out RosterCursor cursor)
    {
        cursor = First;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        DateTimeOffset? since = null;
        var page = 1;
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = colon < 0 ? (part, string.Empty) : (part[..colon], part[(colon + 1)..]);
            switch (name)
            {
                case "since" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at):
                    since = at;
                    break;
                case "page" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1:
                    page = number;
                    break;
                default:
                    return false;
            }
        }

        cursor = new RosterCursor(since, page);
        return true;
    }

    public RosterCursor Next() => this with { Page = Page + 1 };

    public override string ToString() =>
        (Since is { } since ? $"since:{AppFolioTime.Format(since)};" : string.Empty) + "page:" + Page.ToString(CultureInfo.InvariantCulture);
}
