namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// An on-call rotation of a property (or, with no property, of the whole portfolio) for one trade: members take turns,
/// one period each, handing off at a local time. Its restriction windows are JSON (<see cref="Routing.WindowsJson"/>),
/// checked before they are written.
/// </summary>
internal sealed class OnCallRotationRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>Unique in the portfolio (<c>maple-court-plumbing</c>).</summary>
    public required string Name { get; set; }

    /// <summary>The property, or null for a portfolio-wide rotation.</summary>
    public Guid? PropertyId { get; set; }

    /// <summary>A portfolio-wide rotation's IANA time zone; null for a property's rotation, which follows the property's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>plumbing, hvac, electrical or general.</summary>
    public required string Trade { get; set; }

    /// <summary>Among the rotations of the same place and trade, the lower answers first.</summary>
    public int Position { get; set; }

    /// <summary>daily or weekly.</summary>
    public required string Period { get; set; }

    /// <summary>The weekday of the handoff of a weekly rotation (mon..sun); null for a daily one.</summary>
    public string? HandoffDay { get; set; }

    public TimeOnly HandoffTime { get; set; }

    /// <summary>The local date from which the first handoff is counted.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Restriction windows as JSON; <c>[]</c> means around the clock.</summary>
    public required string WindowsJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
