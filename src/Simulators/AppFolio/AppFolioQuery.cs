using System.Collections.Specialized;
using System.Globalization;
using System.Web;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>A list request's query: filters by attribute name (case-insensitive), and the optional <c>page[number]</c>/<c>page[size]</c>.</summary>
internal sealed class AppFolioQuery
{
    public const int MaxPageSize = 1000;

    private readonly NameValueCollection _values;

    private AppFolioQuery(NameValueCollection values) => _values = values;

    public static AppFolioQuery Of(IRequestMessage message) => new(HttpUtility.ParseQueryString(message.RawQuery ?? string.Empty));

    public string? Value(string name) => string.IsNullOrWhiteSpace(_values[name]) ? null : _values[name]!.Trim();

    /// <summary>A comma-separated filter (<c>PropertyIds=42,43</c>), or null when absent.</summary>
    public IReadOnlyList<string>? List(string name) =>
        Value(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A time filter; an error when it is present but not ISO-8601.</summary>
    public (DateTimeOffset? At, AppFolioFieldError? Error) Time(string name)
    {
        if (Value(name) is not { } text)
        {
            return (null, null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at, null)
            : (null, new AppFolioFieldError($"{name} is not a valid date-time", name));
    }

    /// <summary>The page asked for, if any: 1-based number, size up to <see cref="MaxPageSize"/>.</summary>
    public (int Number, int Size)? Page(out AppFolioFieldError? error)
    {
        error = null;
        var size = Value("page[size]");
        var number = Value("page[number]");
        if (size is null && number is null)
        {
            return null;
        }

        if (!int.TryParse(size ?? MaxPageSize.ToString(CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s is < 1 or > MaxPageSize)
        {
            error = new AppFolioFieldError($"page[size] must be between 1 and {MaxPageSize}", "page[size]");
            return null;
        }

        if (!int.TryParse(number ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            error = new AppFolioFieldError("page[number] must be a positive integer", "page[number]");
            return null;
        }

        return (n, s);
    }

    /// <summary>The path and query of the page after this one.</summary>
    public string NextPagePath(string path, int nextNumber)
    {
        var next = HttpUtility.ParseQueryString(_values.ToString() ?? string.Empty);
        next["page[number]"] = nextNumber.ToString(CultureInfo.InvariantCulture);
        return path + "?" + next;
    }
}
