namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// One line of a portfolio's append-only audit trail: what happened to a subject (a call's CallSid, a work order) and
/// why. Never updated or deleted by the hub (<see cref="HubDbContext"/> refuses it).
/// </summary>
internal sealed class AuditEntryRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    /// <summary>A version 7 GUID: entries sort by creation.</summary>
    public Guid Id { get; set; }

    /// <summary>What the entry is about, for example a CallSid.</summary>
    public required string Subject { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>snake_case, for example webhook, caller_match, triage, question_asked, work_order_queued.</summary>
    public required string Kind { get; set; }

    /// <summary>The details as a JSON object.</summary>
    public required string Detail { get; set; }
}
