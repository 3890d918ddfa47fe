namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A tenant of the hub: one operator's portfolio of properties.</summary>
internal sealed class PortfolioRecord : IPortfolioOwned
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The portfolio file's <c>allowedTransferNumbers</c> (E.164) as a JSON array, or null when it has none.</summary>
    public string? AllowedTransferNumbersJson { get; set; }

    public Guid PortfolioId => Id;
}
