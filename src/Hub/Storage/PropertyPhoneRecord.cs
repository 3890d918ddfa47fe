namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A telephone number that routes calls to a property. A number routes to one property hub-wide.</summary>
internal sealed class PropertyPhoneRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    /// <summary>E.164.</summary>
    public required string Number { get; set; }

    public Guid PropertyId { get; set; }
}
