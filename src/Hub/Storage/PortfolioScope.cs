namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Which portfolio a unit of work may see. Every query of a <see cref="HubDbContext"/> is filtered by it and every
/// write is checked against it. Nothing is visible without a scope; <see cref="System"/> is for the hub's own
/// cross-portfolio work (the operator's CLI, the roster index, workers).
/// </summary>
internal sealed record PortfolioScope
{
    private PortfolioScope(Guid portfolioId, bool isSystem)
    {
        PortfolioId = portfolioId;
        IsSystem = isSystem;
    }

    public Guid PortfolioId { get; }

    public bool IsSystem { get; }

    public static PortfolioScope System { get; } = new(Guid.Empty, isSystem: true);

    public static PortfolioScope None { get; } = new(Guid.Empty, isSystem: false);

    public static PortfolioScope For(Guid portfolioId) =>
        portfolioId == Guid.Empty ? throw new ArgumentException("A portfolio id is required.", nameof(portfolioId)) : new(portfolioId, isSystem: false);

    public bool Allows(Guid portfolioId) => IsSystem || portfolioId == PortfolioId;
}
