namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// One emergency's paging: who was paged, in which tier, until someone acknowledged or the tiers ran out. Run by an
/// instance of the Escalation workflow; this row is what acknowledgements look up and what `aipc escalations list` shows.
/// </summary>
internal sealed class EscalationRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>What the audit trail files it under: the call's CallSid.</summary>
    public required string Subject { get; set; }

    /// <summary>The hub's work-order id (its outbox row's id).</summary>
    public Guid WorkOrderId { get; set; }

    public required string WorkOrderRef { get; set; }

    public required string PropertyCode { get; set; }

    public string? UnitCode { get; set; }

    public required string Trade { get; set; }

    /// <summary>The one-line description the page reads out.</summary>
    public required string Summary { get; set; }

    /// <summary>The four digits a page is acknowledged with (<c>ACK 4821</c>); unique among the portfolio's open escalations.</summary>
    public required string AckCode { get; set; }

    /// <summary>The Escalation workflow instance that runs it.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>paging, acknowledged, exhausted or cancelled.</summary>
    public required string Status { get; set; }

    /// <summary>The resident's number, for the "technician on the way" text; personal data, never logged.</summary>
    public string? ResidentPhone { get; set; }

    /// <summary>The number the hub texts and calls from.</summary>
    public string? HubNumber { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The contact who acknowledged (their code).</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>sms, link or voice.</summary>
    public string? AcknowledgedVia { get; set; }

    public List<EscalationStepRecord> Steps { get; set; } = [];
}
