namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// A durable timer: resume this instance's bookmark when it is due. Written in the same transaction as the instance
/// state that sets it; deleted in the same transaction as the resume that fires it, so it fires exactly once.
/// </summary>
internal sealed class WorkflowTimerRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string BookmarkId { get; set; }

    public DateTimeOffset DueAt { get; set; }
}
