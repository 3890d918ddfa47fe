using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// A portfolio's triage policy: every threshold, list and default of docs/triage.md, overridable per portfolio and
/// versioned. <see cref="Default"/> is the policy every portfolio starts with.
/// </summary>
internal sealed record TriagePolicy
{
    /// <summary>No heat is an emergency when it is colder than this outside (°F).</summary>
    public double NoHeatBelowF { get; init; } = 45;

    /// <summary>The same where an infant, elderly or sick person lives.</summary>
    public double NoHeatVulnerableBelowF { get; init; } = 55;

    /// <summary>No air conditioning is an emergency when it is hotter than this outside (°F).</summary>
    public double NoAcAboveF { get; init; } = 95;

    /// <summary>The same for vulnerable occupants.</summary>
    public double NoAcVulnerableAboveF { get; init; } = 85;

    /// <summary>When the outdoor temperature is not known: no heat is an emergency below this inside temperature (°F).</summary>
    public double NoHeatInsideBelowF { get; init; } = 62;

    /// <summary>When the outdoor temperature is not known: no AC is an emergency above this inside temperature (°F).</summary>
    public double NoAcInsideAboveF { get; init; } = 85;

    /// <summary>Words that always make a request an emergency, unless negated ("no smoke").</summary>
    public IReadOnlyList<string> OverrideKeywords { get; init; } = ["flood", "flooding", "burst", "gas", "smoke", "fire", "carbon monoxide", "sparks", "sewage", "trapped"];

    /// <summary>The urgency of a maintenance request that no rule decided, by category.</summary>
    public IReadOnlyDictionary<Category, Urgency> CategoryDefaults { get; init; } = new Dictionary<Category, Urgency>
    {
        [Category.Plumbing] = Urgency.Routine,
        [Category.Hvac] = Urgency.Routine,
        [Category.Electrical] = Urgency.Routine,
        [Category.Appliance] = Urgency.Routine,
        [Category.LocksAccess] = Urgency.Routine,
        [Category.Pest] = Urgency.Routine,
        [Category.Structural] = Urgency.Routine,
        [Category.Elevator] = Urgency.Routine,
        [Category.LifeSafety] = Urgency.Urgent,
        [Category.Security] = Urgency.Urgent,
        [Category.Noise] = Urgency.None,
        [Category.Billing] = Urgency.None,
        [Category.General] = Urgency.None,
    };

    public static TriagePolicy Default { get; } = new();
}
