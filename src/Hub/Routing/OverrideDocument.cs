namespace AiPhoneCoverage.Hub.Routing;

/// <summary>An override of the portfolio file: a contact on call instead of a rotation's member, between two local date-times.</summary>
internal sealed record OverrideDocument
{
    public string? Rotation { get; init; }

    public string? Contact { get; init; }

    /// <summary>Local start, yyyy-MM-ddTHH:mm, in the rotation's time zone.</summary>
    public string? From { get; init; }

    /// <summary>Local end (exclusive), yyyy-MM-ddTHH:mm.</summary>
    public string? To { get; init; }

    public string? Note { get; init; }
}
