namespace AiPhoneCoverage.Sdk;

/// <summary>What the model understood. Signals feed the triage policy; the model never decides urgency alone.</summary>
/// <param name="Category">The most likely category.</param>
/// <param name="Confidence">Confidence in the category, 0 to 1.</param>
/// <param name="Signals">Facts found in the caller's words, with negations resolved.</param>
/// <param name="Entities">Named values: <c>location</c>, <c>appliance</c>, <c>inside_temp_f</c>, <c>unit</c>, ...</param>
/// <param name="AlternateCategory">The runner-up category, if close.</param>
public sealed record IntentAnalysis(
    Category Category,
    double Confidence,
    IReadOnlyList<Signal> Signals,
    IReadOnlyDictionary<string, string> Entities,
    Category? AlternateCategory = null);
