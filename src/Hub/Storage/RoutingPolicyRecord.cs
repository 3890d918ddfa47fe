namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// A portfolio's routing policies as written in its portfolio file: the escalation tiers, the SLA targets per urgency
/// and the texts sent to residents. One row per portfolio; a portfolio without one uses the defaults.
/// </summary>
internal sealed class RoutingPolicyRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    /// <summary>The <c>escalation</c> section (docs/routing.md), or null for the default.</summary>
    public string? EscalationJson { get; set; }

    /// <summary>The <c>sla</c> section, or null for the defaults of triage-policy.md.</summary>
    public string? SlaJson { get; set; }

    /// <summary>The <c>messages</c> section, or null for the default texts.</summary>
    public string? MessagesJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
