namespace AiPhoneCoverage.Hub.Storage;

/// <summary>One page of an escalation: a tier's contact, by SMS or voice, and how it ended (acknowledged or timed out, never both).</summary>
internal sealed class EscalationStepRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public Guid EscalationId { get; set; }

    /// <summary>1-based position in the escalation.</summary>
    public int Number { get; set; }

    /// <summary>The tier's name in the policy (<c>primary</c>, <c>backup</c>, <c>supervisor</c>, <c>manager</c>).</summary>
    public required string Tier { get; set; }

    /// <summary>1 for the tier's first page, 2 for its first repeat, and so on.</summary>
    public int Attempt { get; set; }

    /// <summary>The contact's code, or null when the tier found nobody.</summary>
    public string? ContactCode { get; set; }

    public string? ContactName { get; set; }

    /// <summary>E.164; personal data, never logged.</summary>
    public string? Phone { get; set; }

    /// <summary>sms or voice.</summary>
    public required string Channel { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>When the tier's acknowledgement timeout runs out.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateTimeOffset? TimedOutAt { get; set; }
}
