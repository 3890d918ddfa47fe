namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>Where a vendor dispatch stands (<see cref="Storage.VendorDispatchRecord.Status"/>).</summary>
internal static class VendorDispatchStatus
{
    /// <summary>Written with its outbox row; not yet sent.</summary>
    public const string Queued = "queued";

    /// <summary>The vendor has it and has not decided: its status is read until it does.</summary>
    public const string Sent = "sent";

    public const string Accepted = "accepted";

    public const string Declined = "declined";

    /// <summary>The dispatcher refused it in a way retrying cannot fix (bad settings, unknown trade): the next vendor is asked.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Whether a vendor's own status text means it will not do the job: <c>declined</c> (vendor.generic),
    /// <c>OPEN/DECLINED</c> (vendor.servicechannel), or the job canceled.
    /// </summary>
    public static bool MeansDeclined(string vendorStatus) =>
        vendorStatus.Split('/', StringSplitOptions.TrimEntries).Any(part =>
            part.Equals("declined", StringComparison.OrdinalIgnoreCase)
            || part.Equals("canceled", StringComparison.OrdinalIgnoreCase)
            || part.Equals("cancelled", StringComparison.OrdinalIgnoreCase));
}
