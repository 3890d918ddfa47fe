namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A running (or finished) workflow: which published version it runs, where it stands, and its state as JSON.</summary>
internal sealed class WorkflowInstanceRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    /// <summary>running, suspended, finished or faulted.</summary>
    public required string Status { get; set; }

    /// <summary>Variables, bookmarks, outputs, the fault if any, and the journal of executed activities.</summary>
    public required string StateJson { get; set; }

    /// <summary>What the instance belongs to, for example a call's CallSid.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Optimistic concurrency: two resumes of one instance cannot both commit.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The state as the last run in this unit of work left it (with what it emitted); not a column.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public Workflows.Runtime.WorkflowState? State { get; set; }
}
