namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A row that belongs to one portfolio. Its table's key starts with portfolio_id and every query is scoped to it.</summary>
internal interface IPortfolioOwned
{
    Guid PortfolioId { get; }
}
