namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// One SLA target of one work order (acknowledge within 15 min, on site within 2 h, ...): started at intake, met by the
/// event it names, checked for near-breach and breach by the SLA worker at <see cref="NextCheckAt"/> (a durable timer).
/// </summary>
internal sealed class SlaClockRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>What the audit trail files it under: the call's CallSid (the work order's timeline).</summary>
    public required string Subject { get; set; }

    public Guid WorkOrderId { get; set; }

    public required string WorkOrderRef { get; set; }

    public Guid? PropertyId { get; set; }

    public required string PropertyCode { get; set; }

    /// <summary>emergency, urgent, routine or none.</summary>
    public required string Urgency { get; set; }

    /// <summary>The target's name: acknowledge, on_site, contained, respond.</summary>
    public required string Target { get; set; }

    /// <summary>When the clock started (the call's start: intake).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The deadline: <see cref="StartedAt"/> plus the target's duration, in elapsed time.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset NearBreachAt { get; set; }

    public DateTimeOffset? MetAt { get; set; }

    public DateTimeOffset? NearBreachNotedAt { get; set; }

    public DateTimeOffset? BreachedAt { get; set; }

    /// <summary>When the worker looks at this clock next; null once it is met or breached.</summary>
    public DateTimeOffset? NextCheckAt { get; set; }

    public int Revision { get; set; }
}
