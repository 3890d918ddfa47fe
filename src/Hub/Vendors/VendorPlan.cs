namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>A portfolio's vendors and preferred vendors, checked and ready to be written.</summary>
internal sealed record VendorPlan(IReadOnlyList<VendorSpec> Vendors, IReadOnlyList<PreferredVendorSpec> Preferred);
