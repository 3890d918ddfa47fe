namespace AiPhoneCoverage.Hub.Routing;

/// <summary>What a portfolio's routing follows: its escalation tiers, SLA targets and resident texts.</summary>
internal sealed record RoutingPolicy(Escalations.EscalationPolicy Escalation, Sla.SlaPolicy Sla, ResidentMessages Messages)
{
    public static RoutingPolicy Default { get; } = new(Escalations.EscalationPolicy.Default, AiPhoneCoverage.Hub.Sla.SlaPolicy.Default, ResidentMessages.Default);
}
