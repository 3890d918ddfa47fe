namespace AiPhoneCoverage.Simulators;

/// <summary>A vendor of the simulated AppFolio database, with the trades it offers (what work orders call <c>VendorTrade</c>).</summary>
/// <param name="Id">The vendor's id.</param>
/// <param name="CompanyName">The company name.</param>
/// <param name="Trades">The trades, as the customer configured them.</param>
/// <param name="DoNotUseForWorkOrder">Whether the vendor is flagged as not to be used on work orders.</param>
public sealed record AppFolioVendor(string Id, string CompanyName, IReadOnlyList<string> Trades, bool DoNotUseForWorkOrder = false);
