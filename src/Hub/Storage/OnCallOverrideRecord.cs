namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// A contact who replaces a rotation's on-call from one local date-time to another (in the rotation's time zone). The
/// local times are what the operator wrote, <c>yyyy-MM-ddTHH:mm</c>, so they sort as text and survive a time-zone rule change.
/// </summary>
internal sealed class OnCallOverrideRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public Guid RotationId { get; set; }

    public Guid ContactId { get; set; }

    /// <summary>Local start, inclusive: <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public required string FromLocal { get; set; }

    /// <summary>Local end, exclusive: <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public required string ToLocal { get; set; }

    public string? Note { get; set; }
}
