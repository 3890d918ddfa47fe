using System.Globalization;
using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The part of OData's <c>$filter</c> the simulator understands: clauses joined by <c>and</c>, each
/// <c>Field op literal</c> (eq, ne, and for CallDate ge/gt/le/lt) or <c>contains(Field,'text')</c>, on Id, Number,
/// Location/Id, Provider/Id, Subscriber/Id, Status/Primary, Status/Extended, Priority, Trade, Category, CallDate,
/// Description and Caller. Text compares without regard to case; anything else is refused as an invalid query.
/// </summary>
internal static partial class ServiceChannelODataFilter
{
    private static readonly object NullLiteral = new();

    private static readonly Dictionary<string, Func<ServiceChannelWorkOrder, object?>> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Id"] = o => o.Id,
        ["Number"] = o => o.Number,
        ["Location/Id"] = o => o.LocationId,
        ["Provider/Id"] = o => o.ProviderId,
        ["Subscriber/Id"] = o => o.SubscriberId,
        ["Status/Primary"] = o => o.PrimaryStatus,
        ["Status/Extended"] = o => o.ExtendedStatus,
        ["Priority"] = o => o.Priority,
        ["Trade"] = o => o.Trade,
        ["Category"] = o => o.Category,
        ["CallDate"] = o => o.CallDate,
        ["Description"] = o => o.Description,
        ["Caller"] = o => o.Caller,
    };

    /// <summary>The filter as a predicate, or the reason it is not a query the simulator understands.</summary>
    public static (Func<ServiceChannelWorkOrder, bool>? Predicate, string? Error) Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return (_ => true, null);
        }

        var predicates = new List<Func<ServiceChannelWorkOrder, bool>>();
        foreach (var clause in SplitOnAnd(filter))
        {
            var predicate = Clause(clause.Trim());
            if (predicate is null)
            {
                return (null, $"The query specified in the URI is not valid: cannot read '{clause.Trim()}'.");
            }

            predicates.Add(predicate);
        }

        return (order => predicates.All(p => p(order)), null);
    }

    private static Func<ServiceChannelWorkOrder, bool>? Clause(string clause)
    {
        if (ContainsPattern().Match(clause) is { Success: true } contains)
        {
            return Fields.TryGetValue(contains.Groups[1].Value, out var text) && Literal(contains.Groups[2].Value) is string needle
                ? order => text(order) is string value && value.Contains(needle, StringComparison.OrdinalIgnoreCase)
                : null;
        }

        if (ComparisonPattern().Match(clause) is not { Success: true } comparison
            || !Fields.TryGetValue(comparison.Groups[1].Value, out var field))
        {
            return null;
        }

        var op = comparison.Groups[2].Value.ToLowerInvariant();
        var literal = Literal(comparison.Groups[3].Value);
        return (literal, op) switch
        {
            (DateTimeOffset at, _) => order => field(order) is DateTimeOffset value && Compare(value.CompareTo(at), op),
            (long number, "eq" or "ne") => order => field(order) is long value && (value == number) == (op == "eq"),
            (string text, "eq" or "ne") => order => string.Equals(field(order) as string, text, StringComparison.OrdinalIgnoreCase) == (op == "eq"),
            (var none, "eq" or "ne") when ReferenceEquals(none, NullLiteral) => order => (field(order) is null) == (op == "eq"),
            _ => null,
        };
    }

    private static object? Literal(string text)
    {
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (text == "null")
        {
            return NullLiteral;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    private static bool Compare(int order, string op) => op switch
    {
        "eq" => order == 0,
        "ne" => order != 0,
        "ge" => order >= 0,
        "gt" => order > 0,
        "le" => order <= 0,
        "lt" => order < 0,
        _ => false,
    };

    private static IEnumerable<string> SplitOnAnd(string filter)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < filter.Length; i++)
        {
            if (filter[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && string.Compare(filter, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return filter[start..i];
                start = i + 5;
                i += 4;
            }
        }

        yield return filter[start..];
    }

    [GeneratedRegex(@"^contains\(\s*([A-Za-z/]+)\s*,\s*('(?:[^']|'')*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContainsPattern();

    [GeneratedRegex(@"^([A-Za-z/]+)\s+(eq|ne|ge|gt|le|lt)\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonPattern();
}
