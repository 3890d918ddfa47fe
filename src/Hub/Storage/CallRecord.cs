namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A phone call to one of a portfolio's numbers: where it stands, who called, and what the triage decided.</summary>
internal sealed class CallRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>The telephony provider's call id (Twilio CallSid).</summary>
    public required string CallSid { get; set; }

    public Guid PropertyId { get; set; }

    /// <summary>The caller's number, E.164 (personal data: never logged).</summary>
    public required string FromNumber { get; set; }

    /// <summary>The number called, E.164.</summary>
    public required string ToNumber { get; set; }

    /// <summary>The provider's status (ringing, in-progress, completed, busy, failed, no-answer, canceled); it only moves forward.</summary>
    public required string Status { get; set; }

    public Guid? WorkflowInstanceId { get; set; }

    /// <summary>The hub's turn the next caller answer belongs to (a Gather's <c>turn</c>).</summary>
    public int AwaitedTurn { get; set; }

    /// <summary>How many lines the transcript has (the next line is this plus one).</summary>
    public int TranscriptLength { get; set; }

    /// <summary>The webhook receipt whose response is the hub's latest prompt (answered again to a stale turn).</summary>
    public string? LastResponseKey { get; set; }

    public string? ResidentExternalId { get; set; }

    public string? UnitCode { get; set; }

    public string? Category { get; set; }

    public string? Urgency { get; set; }

    public bool LifeSafety { get; set; }

    /// <summary>The triage rule that decided the urgency.</summary>
    public string? Rule { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two webhooks of one call cannot both commit a change from the same state.</summary>
    public int Revision { get; set; }
}
