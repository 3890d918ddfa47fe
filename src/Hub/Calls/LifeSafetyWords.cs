using System.Text.RegularExpressions;
using AiPhoneCoverage.Hub.Triage;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// The degraded path's only understanding: whether the caller's words name a life-safety topic, and what to say for it.
/// Deliberately plain (no model, no database, no negations): when the hub cannot run the conversation it errs towards
/// the instructions and a person.
/// </summary>
internal static partial class LifeSafetyWords
{
    public static string? InstructionsFor(string? speech)
    {
        if (string.IsNullOrWhiteSpace(speech))
        {
            return null;
        }

        if (Gas().IsMatch(speech))
        {
            return LifeSafetyInstructions.Gas;
        }

        if (CarbonMonoxide().IsMatch(speech))
        {
            return LifeSafetyInstructions.CarbonMonoxide;
        }

        if (Fire().IsMatch(speech))
        {
            return LifeSafetyInstructions.Fire;
        }

        return Trapped().IsMatch(speech) ? LifeSafetyInstructions.Trapped : null;
    }

    [GeneratedRegex(@"\b(gas|propane)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gas();

    [GeneratedRegex(@"\b(carbon monoxide|co alarm|co detector)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CarbonMonoxide();

    [GeneratedRegex(@"\b(fire|smoke|burning|flames?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fire();

    [GeneratedRegex(@"\b(trapped|stuck in (the )?elevator)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trapped();
}
