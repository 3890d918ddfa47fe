using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>What the Intake workflow decided for one scenario (one line of `aipc triage --output`).</summary>
internal sealed record TriageResult(
    string Id,
    Category Category,
    Urgency Urgency,
    bool LifeSafety,
    double Confidence,
    IReadOnlyList<string> Signals,
    IReadOnlyList<string> Questions,
    string Rule,
    string? ModelFallback);
