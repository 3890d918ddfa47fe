namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Work the hub owes the outside world (a work order for the PMS, a text to the resident), written in the same
/// transaction as the call turn that decided it and delivered afterwards by the outbox worker, never on the call's path.
/// </summary>
internal sealed class OutboxRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>work_order or sms.</summary>
    public required string Kind { get; set; }

    /// <summary>What it belongs to, for example a CallSid.</summary>
    public required string Subject { get; set; }

    /// <summary>Unique per portfolio: the same intent is never queued twice, and it travels to the receiver.</summary>
    public required string CorrelationKey { get; set; }

    public Guid? PropertyId { get; set; }

    /// <summary>What to deliver, as JSON.</summary>
    public required string PayloadJson { get; set; }

    /// <summary>pending, delivered, failed (retrying cannot help) or dead (gave up after the maximum age).</summary>
    public required string Status { get; set; }

    /// <summary>Attempts started, counted when the row is leased: above 1, an earlier attempt may have reached the receiver.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A worker holds the row until then; another may take it after (a crashed worker's lease expires).</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>
    /// The fence of the current lease: a new value with every lease, renewed and settled only by the worker that holds
    /// it. A concurrency token, so a settle after the lease was lost (and taken by another worker) changes nothing.
    /// </summary>
    public Guid? LeaseToken { get; set; }

    /// <summary>When the latest attempt started; recorded with the lease, before anything is sent.</summary>
    public DateTimeOffset? AttemptedAt { get; set; }

    /// <summary>The receiver's id (the PMS work-order id, the provider's message id).</summary>
    public string? ExternalId { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
