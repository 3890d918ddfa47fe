namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// One entry of the change feed: a command that changed data a running hub caches (roster index, policies, schedules)
/// appends one in the same transaction; every hub node polls the feed and refreshes what changed.
/// </summary>
internal sealed class ChangeRecord : IPortfolioOwned
{
    public long Id { get; set; }

    public Guid PortfolioId { get; set; }

    /// <summary>What changed, for example <see cref="ChangeTopics.Roster"/>.</summary>
    public required string Topic { get; set; }

    /// <summary>Which item changed, for example the property id.</summary>
    public required string Subject { get; set; }

    public DateTimeOffset At { get; set; }
}
