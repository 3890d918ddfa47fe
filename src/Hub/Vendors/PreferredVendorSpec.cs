namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>A preference as checked; <paramref name="Rank"/> is its place among the entries of its property and trade, in file order.</summary>
internal sealed record PreferredVendorSpec(string? Property, string Trade, string Vendor, decimal? NotToExceed, int Rank);
