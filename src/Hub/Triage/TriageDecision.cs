using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// The policy's answer: the urgency, whether it is a life-safety case and what to tell the caller first, the one
/// follow-up worth asking (if any), and why: the rule that decided and the facts it read, for the audit log.
/// </summary>
internal sealed record TriageDecision(
    Urgency Urgency,
    bool LifeSafety,
    string? Instructions,
    FollowUp? Ask,
    string Rule,
    IReadOnlyList<string> Reasons);
