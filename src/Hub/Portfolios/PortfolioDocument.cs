namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>A portfolio as a file (<c>samples/demo/portfolio.json</c>): what `aipc portfolio import` reads and `export` writes.</summary>
internal sealed record PortfolioDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<PropertyDocument> Properties { get; init; } = [];

    /// <summary>
    /// The people on-call rotations name (docs/routing.md). With <see cref="OnCall"/>, the portfolio's whole on-call
    /// configuration: a file with either section replaces it, a file with neither leaves it as it is.
    /// </summary>
    public IReadOnlyList<Routing.ContactDocument>? Contacts { get; init; }

    /// <summary>On-call rotations and overrides (docs/routing.md).</summary>
    public Routing.OnCallDocument? OnCall { get; init; }
}
