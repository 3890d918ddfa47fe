namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// A work order's ServiceChannel status as the receipt's text (<c>OPEN</c>, <c>OPEN/DECLINED</c>,
/// <c>COMPLETED/PENDING CONFIRMATION</c>) and whether the provider has taken it: primary IN PROGRESS or COMPLETED, or
/// an extended status in which the provider confirmed the dispatch. A declined work order is not accepted.
/// </summary>
internal static class WorkOrderStatus
{
    private static readonly HashSet<string> TakenPrimary = new(StringComparer.OrdinalIgnoreCase) { "IN PROGRESS", "COMPLETED" };

    private static readonly HashSet<string> TakenExtended = new(StringComparer.OrdinalIgnoreCase) { "DISPATCH CONFIRMED", "CONFIRMED", "ACCEPTED", "ON SITE" };

    public static string Text(StatusDto? status)
    {
        var primary = status?.Primary?.Trim();
        var extended = status?.Extended?.Trim();
        return string.IsNullOrEmpty(extended) ? primary ?? string.Empty : $"{primary}/{extended}";
    }

    public static bool IsAccepted(StatusDto? status)
    {
        var extended = status?.Extended?.Trim() ?? string.Empty;
        return !string.Equals(extended, "DECLINED", StringComparison.OrdinalIgnoreCase)
            && (TakenPrimary.Contains(status?.Primary?.Trim() ?? string.Empty) || TakenExtended.Contains(extended));
    }
}
