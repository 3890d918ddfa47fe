using System.Globalization;
using System.Text.RegularExpressions;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// Finds the signals and entities in the caller's words, clause by clause, resolving negations: "there's no smoke" gives
/// smoke = false, "it stopped leaking" gives water_active = false. Later turns override earlier ones.
/// </summary>
internal static partial class SignalExtractor
{
    public static (IReadOnlyList<Signal> Signals, IReadOnlyDictionary<string, string> Entities) Extract(IEnumerable<string> callerTurns)
    {
        var signals = new Dictionary<string, bool>(StringComparer.Ordinal);
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in callerTurns)
        {
            var turn = TextNormalizer.Normalize(raw);
            foreach (var rule in SignalRules.All.Where(r => r.WholeTurn))
            {
                if (rule.Phrases.Match(turn) is { Success: true } match)
                {
                    signals[rule.Name] = !(rule.NegationFlips && Negated(turn, match.Index));
                }
            }

            foreach (var clause in Clauses().Split(turn))
            {
                foreach (var rule in SignalRules.All.Where(r => !r.WholeTurn))
                {
                    // A short answer ("it stopped") needs no context: it answers the question just asked.
                    var inContext = rule.Context is null || rule.Context.IsMatch(clause);
                    var shortAnswer = Words().Count(clause) <= 6;
                    if (rule.Opposites?.IsMatch(clause) == true && (inContext || shortAnswer))
                    {
                        signals[rule.Name] = false;
                    }
                    else if (inContext && rule.Phrases.Match(clause) is { Success: true } match)
                    {
                        if (!rule.UnsureMeansPresent && Uncertain().IsMatch(clause[..match.Index]))
                        {
                            continue; // unsure of a fact that would lower the urgency: it stays unknown
                        }

                        signals[rule.Name] = !(rule.NegationFlips && Negated(clause, match.Index));
                    }
                }

                ReadEntities(clause, entities);
            }
        }

        return (signals.Select(s => new Signal(s.Key, s.Value)).ToList(), entities);
    }

    private static bool Negated(string clause, int index)
    {
        var before = clause[..index];
        if (Uncertain().IsMatch(before))
        {
            return false; // "not sure if that's smoke": when in doubt, the thing is there
        }

        var words = Words().Matches(before).Select(m => m.Value).TakeLast(4);
        return words.Any(w => w is "no" or "not" or "never" or "without" or "nothing" or "none" or "nobody" or "nobody's" or "nothing's" or "isn't" or "aren't" or "wasn't"
            or "don't" or "doesn't" or "didn't" or "dont" or "doesnt" or "isnt" or "cannot" || w.EndsWith("n't", StringComparison.Ordinal));
    }

    private static void ReadEntities(string clause, Dictionary<string, string> entities)
    {
        if (Temperature().Match(clause) is { Success: true } temperature)
        {
            var degrees = double.Parse(temperature.Groups["value"].Value, CultureInfo.InvariantCulture);
            var fahrenheit = temperature.Groups["unit"].Value.StartsWith('c') ? (degrees * 9 / 5) + 32 : degrees;
            entities["inside_temp_f"] = fahrenheit.ToString("0", CultureInfo.InvariantCulture);
        }

        if (Outdoor().Match(clause) is { Success: true } outdoor)
        {
            var degrees = double.Parse(outdoor.Groups["value"].Value, CultureInfo.InvariantCulture);
            var celsius = outdoor.Groups["unit"].Value.StartsWith('c');
            entities["outdoor_temp_f"] = (celsius ? (degrees * 9 / 5) + 32 : degrees).ToString("0", CultureInfo.InvariantCulture);
        }

        if (Location().Match(clause) is { Success: true } location)
        {
            entities["location"] = location.Value.Replace(' ', '_');
        }

        if (Appliance().Match(clause) is { Success: true } appliance)
        {
            entities["appliance"] = appliance.Value switch
            {
                "fridge" => "refrigerator",
                "oven" or "range" => "stove",
                var other => other,
            };
        }

        if (Unit().Match(clause) is { Success: true } unit)
        {
            entities["unit"] = unit.Groups["unit"].Value.ToUpperInvariant();
        }
    }

    [GeneratedRegex(@"[.;!?,\n]+|\bbut\b")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(not sure|unsure|don'?t know|dunno|maybe|might be|could be|i think)\b")]
    private static partial Regex Uncertain();

    [GeneratedRegex(@"\b(?<value>\d{2,3}(?:\.\d)?)\s*(?:°|degrees?|deg)?\s*(?<unit>f|fahrenheit|c|celsius)?\b(?=.{0,20}\b(inside|in here|in the (apartment|unit|house)|indoors|thermostat)\b)|\b(?:inside|in here|thermostat (?:says|reads|shows))\D{0,12}(?<value>\d{2,3}(?:\.\d)?)\s*(?:°|degrees?)?\s*(?<unit>f|c)?\b")]
    private static partial Regex Temperature();

    [GeneratedRegex(@"\b(?<value>-?\d{1,3}(?:\.\d)?)\s*(?:°|degrees?|deg)?\s*(?<unit>f|fahrenheit|c|celsius)?\s+(?:out(?:side)?|out there|today|this (?:morning|afternoon|evening)|tonight)\b")]
    private static partial Regex Outdoor();

    [GeneratedRegex(@"\b(kitchen|bathroom|bedroom|living room|hallway|basement|laundry room|closet|balcony|garage|dining room)\b")]
    private static partial Regex Location();

    [GeneratedRegex(@"\b(refrigerator|fridge|freezer|stove|oven|range|dishwasher|disposal|washer|dryer|microwave|water heater)\b")]
    private static partial Regex Appliance();

    [GeneratedRegex(@"\b(?:unit|apartment|apt|suite|#)\s*(?<unit>[0-9]{1,4}[a-z]?)\b")]
    private static partial Regex Unit();
}
