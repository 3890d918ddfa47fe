namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// A work order sent to a vendor: queued with its outbox row, then followed until the vendor accepts or declines (the
/// hub polls the dispatcher's status while it is pending).
/// </summary>
internal sealed class VendorDispatchRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>What the audit trail files it under: the call's CallSid.</summary>
    public required string Subject { get; set; }

    /// <summary>The hub's work-order id (its outbox row's id).</summary>
    public Guid WorkOrderId { get; set; }

    public required string WorkOrderRef { get; set; }

    public Guid VendorId { get; set; }

    public required string Trade { get; set; }

    public decimal? NotToExceed { get; set; }

    /// <summary>queued, sent, accepted, declined or failed.</summary>
    public required string Status { get; set; }

    /// <summary>The vendor's id for the job.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The vendor's own status text, as last read.</summary>
    public string? VendorStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>When to read the vendor's status next, while it is sent and undecided.</summary>
    public DateTimeOffset? NextPollAt { get; set; }

    public int Revision { get; set; }
}
