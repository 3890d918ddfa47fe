namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated customer's own AppFolio configuration: the values its work orders accept. AppFolio has no endpoint
/// that lists them; priorities and statuses show on the customer's work orders, trades on its vendors.
/// </summary>
/// <param name="Priorities">Work-order priorities; <paramref name="DefaultPriority"/> is one of them.</param>
/// <param name="Statuses">Work-order statuses; the first is the one a new work order gets.</param>
/// <param name="Vendors">Vendors and their trades.</param>
/// <param name="DefaultPriority">The priority of a work order created without one.</param>
/// <param name="RateLimit">The Stack API's token bucket, or null for none.</param>
public sealed record AppFolioCustomer(
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<AppFolioVendor> Vendors,
    string DefaultPriority,
    AppFolioRateLimit? RateLimit)
{
    /// <summary>The demo customer: AppFolio's product lists (pms-apis.md §3.3) and a handful of local vendors.</summary>
    public static AppFolioCustomer Demo { get; } = new(
        ["Urgent", "Normal", "Low"],
        ["New", "Estimate Requested", "Estimated", "Assigned", "Scheduled", "Waiting", "Work Done", "Ready to Bill", "Completed", "Completed No Need To Bill", "Canceled"],
        [
            new("301", "Rapid Rooter Plumbing", ["Plumbing"]),
            new("302", "Coastal Air & Heat", ["HVAC"]),
            new("303", "Bright Spark Electric", ["Electrical"]),
            new("304", "Appliance Pros", ["Appliance Repair"]),
            new("305", "Keyed Up Locksmiths", ["Locksmith"]),
            new("306", "Bug Busters", ["Pest Control"]),
            new("307", "Sunset Handyman Co.", ["General Maintenance", "Carpentry"]),
            new("308", "Firewatch Systems", ["Fire Protection"]),
            new("309", "Old Town Roofing", ["Roofing"], DoNotUseForWorkOrder: true),
        ],
        "Normal",
        AppFolioRateLimit.Default);

    /// <summary>The status a new work order gets.</summary>
    public string InitialStatus => Statuses[0];

    /// <summary>The trades of the vendors usable on work orders, without repeats.</summary>
    public IReadOnlyList<string> Trades =>
        Vendors.Where(v => !v.DoNotUseForWorkOrder).SelectMany(v => v.Trades).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
