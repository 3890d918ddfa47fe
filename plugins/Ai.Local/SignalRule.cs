using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// One signal and the phrases that state it. A phrase in a clause with a negation before it ("no smoke", "it's not
/// leaking") states the opposite; <see cref="Opposites"/> are phrases that state the opposite outright ("it stopped").
/// </summary>
/// <param name="Name">The signal's snake_case name.</param>
/// <param name="Phrases">What states it.</param>
/// <param name="Opposites">What states the opposite outright.</param>
/// <param name="NegationFlips">Whether "no"/"not" before a phrase states the opposite.</param>
/// <param name="Context">When set, the clause must also say this for the rule to apply (water words for water_active).</param>
/// <param name="WholeTurn">Read the whole turn rather than one clause, for phrases whose subject and predicate a comma may split.</param>
/// <param name="UnsureMeansPresent">"Not sure if that's smoke" states a hazard (the safer reading); for a fact that lowers
/// urgency ("I don't know if the neighbours are out") an unsure phrase states nothing.</param>
internal sealed record SignalRule(string Name, Regex Phrases, Regex? Opposites = null, bool NegationFlips = true, Regex? Context = null, bool WholeTurn = false, bool UnsureMeansPresent = true);
