namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A rotation of the portfolio file (docs/routing.md).</summary>
internal sealed record RotationDocument
{
    /// <summary>Unique in the portfolio: lowercase letters, digits and dashes.</summary>
    public string? Name { get; init; }

    /// <summary>The property's code; absent for a portfolio-wide rotation.</summary>
    public string? Property { get; init; }

    /// <summary>A portfolio-wide rotation's IANA time zone (a property's rotation follows the property's).</summary>
    public string? TimeZone { get; init; }

    /// <summary>plumbing, hvac, electrical or general.</summary>
    public string? Trade { get; init; }

    /// <summary>daily or weekly.</summary>
    public string? Period { get; init; }

    /// <summary>Weekly rotations: the weekday of the handoff (mon..sun).</summary>
    public string? HandoffDay { get; init; }

    /// <summary>Local time of the handoff, HH:mm.</summary>
    public string? HandoffTime { get; init; }

    /// <summary>Local date (yyyy-MM-dd) from which the first handoff is counted.</summary>
    public string? Start { get; init; }

    /// <summary>Contact ids in turn order.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>Contact ids paged after the one on call, in order.</summary>
    public IReadOnlyList<string>? Escalation { get; init; }

    /// <summary>Restriction windows; absent or empty means around the clock.</summary>
    public IReadOnlyList<WindowDocument>? Windows { get; init; }
}
