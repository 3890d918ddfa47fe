namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated subscriber's configuration: its locations with their trades and priorities, its providers, its
/// categories and statuses, how long a token lives, and the OData page size. Values are the simulator's own choices
/// ([L] in pms-apis.md), shaped like ServiceChannel's examples.
/// </summary>
public sealed record ServiceChannelSubscriber(
    long SubscriberId,
    IReadOnlyList<ServiceChannelLocation> Locations,
    IReadOnlyList<ServiceChannelProvider> Providers,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> PrimaryStatuses,
    TimeSpan TokenLifetime,
    int PageSize)
{
    private static readonly string[] Priorities = ["P1 - 4 Hours", "P2 - 8 Hours", "P3 - 48 Hours", "P4 - 7 Days"];

    /// <summary>
    /// The demo subscriber: one location per demo property (River Bend has no HVAC trade, for the 400 on an invalid
    /// trade), four providers (plumbing confirms, HVAC says nothing, electrical declines, general maintenance confirms).
    /// </summary>
    public static ServiceChannelSubscriber Demo { get; } = new(
        2014917243,
        [
            new(2006070, "maple-court", "Maple Court", ["PLUMBING", "HVAC", "ELECTRICAL", "APPLIANCE REPAIR", "LOCKSMITH", "PEST CONTROL", "GENERAL MAINTENANCE"], Priorities),
            new(2006071, "river-bend", "River Bend Apartments", ["PLUMBING", "ELECTRICAL", "APPLIANCE REPAIR", "LOCKSMITH", "GENERAL MAINTENANCE"], Priorities),
            new(2006072, "sunset-vista", "Sunset Vista", ["PLUMBING", "HVAC", "ELECTRICAL", "APPLIANCE REPAIR", "LOCKSMITH", "PEST CONTROL", "GENERAL MAINTENANCE"], Priorities),
        ],
        [
            new(2000090505, "Rapid Rooter Plumbing", ["PLUMBING"], ServiceChannelProviderReply.Confirm),
            new(2000090506, "Cool Air HVAC", ["HVAC"], ServiceChannelProviderReply.None),
            new(2000090507, "Bright Spark Electric", ["ELECTRICAL"], ServiceChannelProviderReply.Decline),
            new(2000090508, "Handy Property Services", ["GENERAL MAINTENANCE", "APPLIANCE REPAIR", "LOCKSMITH", "PEST CONTROL"], ServiceChannelProviderReply.Confirm),
        ],
        ["MAINTENANCE", "REPAIR", "CAPEX"],
        ["OPEN", "IN PROGRESS", "ON HOLD", "COMPLETED", "CANCELLED"],
        TimeSpan.FromMinutes(10),
        50);
}
