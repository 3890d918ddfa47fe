namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A unit (apartment) of a property.</summary>
internal sealed class UnitRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    public Guid PropertyId { get; set; }

    /// <summary>The unit as residents and the PMS name it, for example 4B.</summary>
    public required string Code { get; set; }

    public string? ExternalId { get; set; }
}
