namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// The portfolio file's <c>escalation</c> section: who is paged for an emergency, in which order, how, and for how long
/// each waits for an acknowledgement. Without it the portfolio uses <see cref="EscalationPolicy.Default"/>.
/// </summary>
internal sealed record EscalationDocument
{
    /// <summary>The tiers, in order.</summary>
    public required IReadOnlyList<EscalationTierDocument> Tiers { get; init; }
}
