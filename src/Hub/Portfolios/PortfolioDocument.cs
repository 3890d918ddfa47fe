namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>A portfolio as a file (<c>samples/demo/portfolio.json</c>): what `aipc portfolio import` reads and `export` writes.</summary>
internal sealed record PortfolioDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<PropertyDocument> Properties { get; init; } = [];
}
