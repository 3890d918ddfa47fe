namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>The vendor a work order was queued for.</summary>
/// <param name="VendorCode">The vendor's code.</param>
/// <param name="VendorName">The vendor's name.</param>
/// <param name="NotToExceed">The not-to-exceed amount sent with it.</param>
internal sealed record VendorChoice(string VendorCode, string VendorName, decimal? NotToExceed);
