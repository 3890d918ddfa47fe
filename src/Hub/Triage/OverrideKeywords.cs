using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// Finds the policy's override keywords in the caller's words, understanding negation ("there's no smoke", "it's not
/// flooding anymore") and words that only name a thing ("gas stove", "smoke detector", "fire alarm test").
/// </summary>
internal static partial class OverrideKeywords
{
    // A keyword followed by one of these names an object, not an event: "gas stove" is not a gas smell.
    private static readonly string[] Qualified = ["stove", "range", "oven", "dryer", "bill", "company", "station", "meter", "detector", "alarm", "extinguisher", "escape", "department", "drill", "door", "place", "pit", "fly", "flies"];

    public static IReadOnlyList<string> Find(IEnumerable<string> callerTurns, IReadOnlyList<string> keywords)
    {
        var found = new List<string>();
        foreach (var clause in callerTurns.SelectMany(t => Clauses().Split(t.ToLowerInvariant().Replace('’', '\''))))
        {
            foreach (var keyword in keywords)
            {
                var match = Regex.Match(clause, $@"\b{Regex.Escape(keyword.ToLowerInvariant())}\b(?:\s+(?<next>[a-z]+))?", RegexOptions.CultureInvariant);
                if (match.Success && !Qualified.Contains(match.Groups["next"].Value) && !Negated(clause[..match.Index]))
                {
                    found.Add(keyword);
                }
            }
        }

        return found.Distinct().ToList();
    }

    private static bool Negated(string before)
    {
        var words = Words().Matches(before).Select(m => m.Value).TakeLast(4).ToList();
        return words.Any(w => w is "no" or "not" or "never" or "without" or "nothing" or "nothing's" or "nobody" or "nobody's" || w.EndsWith("n't", StringComparison.Ordinal))
            || AnymoreAfter().IsMatch(before)
            || PastOnly().IsMatch(before);
    }

    [GeneratedRegex(@"[.;!?\n]+|,\s*(?:but|and now|now)\b|\bbut\b")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(no longer|stopped)\s*$")]
    private static partial Regex AnymoreAfter();

    // "It was flooding earlier": a past event the caller reports as over is not an override; the water rules decide.
    [GeneratedRegex(@"\b(was|were|had been)\s*$")]
    private static partial Regex PastOnly();
}
