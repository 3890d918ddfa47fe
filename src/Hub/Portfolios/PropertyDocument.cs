namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>One property of a <see cref="PortfolioDocument"/>.</summary>
internal sealed record PropertyDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>IANA time zone, for example <c>America/Chicago</c>.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The numbers that route calls to this property, in any format; stored as E.164.</summary>
    public IReadOnlyList<string> PhoneNumbers { get; init; } = [];

    /// <summary>Where life-safety calls are transferred.</summary>
    public string? EmergencyLine { get; init; }

    /// <summary>The PMS connection, or null for a property kept by CSV roster.</summary>
    public PmsConnectionDocument? Pms { get; init; }

    /// <summary>A roster CSV, relative to the portfolio file.</summary>
    public string? Roster { get; init; }
}
