namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// The status words of the generic protocol: <c>pending</c>, <c>accepted</c>, <c>declined</c>, <c>scheduled</c>,
/// <c>in_progress</c>, <c>completed</c>, <c>canceled</c>. The four from accepted to completed mean the vendor took the
/// job; any other word (or a vendor's own) is passed on as it is, not accepted.
/// </summary>
internal static class DispatchStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    private static readonly HashSet<string> Taken = new(StringComparer.OrdinalIgnoreCase) { Accepted, "scheduled", "in_progress", "completed" };

    public static bool IsAccepted(string status) => Taken.Contains(status.Trim());
}
