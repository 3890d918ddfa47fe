namespace AiPhoneCoverage.Sdk;

/// <summary>A work order sent to a vendor or a technician.</summary>
/// <param name="WorkOrder">The canonical work order.</param>
/// <param name="VendorCode">The vendor's code in the portfolio's vendor list.</param>
/// <param name="NotToExceed">The most the vendor may spend without approval, if set.</param>
/// <param name="Settings">The vendor's connection settings. Never log them.</param>
public sealed record DispatchRequest(
    WorkOrderRequest WorkOrder,
    string VendorCode,
    decimal? NotToExceed,
    IReadOnlyDictionary<string, string> Settings);
