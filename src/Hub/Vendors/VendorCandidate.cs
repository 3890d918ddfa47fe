using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>A vendor a work order may go to, and the preference that names it.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="NotToExceed">The preference's not-to-exceed amount.</param>
/// <param name="PortfolioWide">Whether the preference is the portfolio's rather than the property's.</param>
/// <param name="Trade">The preference's trade: the work order's, or general as the fallback.</param>
/// <param name="Rank">Its place among the preferences of its place and trade (0 first).</param>
internal sealed record VendorCandidate(VendorRecord Vendor, decimal? NotToExceed, bool PortfolioWide, string Trade, int Rank);
