namespace AiPhoneCoverage.Hub.Storage;

/// <summary>The vendor a property (or the whole portfolio) prefers for a trade, with the most it may spend unasked.</summary>
internal sealed class PreferredVendorRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>The property, or null for every property of the portfolio without its own choice.</summary>
    public Guid? PropertyId { get; set; }

    /// <summary>plumbing, hvac, electrical or general (<see cref="Routing.Trades"/>).</summary>
    public required string Trade { get; set; }

    public Guid VendorId { get; set; }

    /// <summary>The not-to-exceed amount, in the portfolio's currency.</summary>
    public decimal? NotToExceed { get; set; }

    /// <summary>Order among several vendors of one place and trade: the lowest is asked first.</summary>
    public int Rank { get; set; }
}
