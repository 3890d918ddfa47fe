namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A RealPage customer's Facilities lists: problems (the categories), priorities and locations, each an id and a
/// description, plus the statuses its service requests move through (the first is a new request's).
/// </summary>
public sealed record RealPageVocabulary(
    IReadOnlyList<RpxListEntry> Problems,
    IReadOnlyList<RpxListEntry> Priorities,
    IReadOnlyList<RpxListEntry> Locations,
    IReadOnlyList<string> Statuses)
{
    /// <summary>The demo customer's own configuration (not RealPage's, which is customer-defined).</summary>
    public static RealPageVocabulary Demo { get; } = new(
        [
            new("301", "Plumbing - Leak"), new("302", "Plumbing - Clogged Drain or Toilet"), new("303", "Heating / Air Conditioning"),
            new("304", "Electrical"), new("305", "Appliance Repair"), new("306", "Doors / Locks / Keys"), new("307", "Pest Control"),
            new("308", "Windows / Walls / Floors"), new("309", "Smoke or CO Detector"), new("310", "General / Other"),
        ],
        [new("1", "Emergency"), new("2", "High"), new("3", "Normal"), new("4", "Low")],
        [new("11", "Kitchen"), new("12", "Bathroom"), new("13", "Bedroom"), new("14", "Living Room"), new("15", "Entire Unit"), new("16", "Exterior")],
        ["Open", "In Progress", "On Hold", "Canceled", "Complete"]);
}
