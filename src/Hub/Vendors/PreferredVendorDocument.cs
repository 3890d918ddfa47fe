namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// An entry of the portfolio file's <c>preferredVendors</c> section. Several entries of one property (or the whole
/// portfolio) and trade are asked in the order they are listed.
/// </summary>
internal sealed record PreferredVendorDocument
{
    /// <summary>The property's code, or null for the whole portfolio.</summary>
    public string? Property { get; init; }

    /// <summary>plumbing, hvac, electrical or general.</summary>
    public required string Trade { get; init; }

    /// <summary>The vendor's code in <c>vendors</c>.</summary>
    public required string Vendor { get; init; }

    /// <summary>The most the vendor may spend without asking.</summary>
    public decimal? NotToExceed { get; init; }
}
