using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// One customer's own lists as GetCustomValues answers them (pms-apis.md §1.5). They are configuration of the simulated
/// customer, never of the connector: <see cref="Default"/> is one plausible Voyager set-up. The first status is the one a
/// new service request gets.
/// </summary>
public sealed record YardiCustomValues(
    IReadOnlyList<YardiCategory> Categories,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<YardiStatusValue> Statuses,
    IReadOnlyList<string> Resolutions,
    IReadOnlyList<string> Approvers)
{
    public static YardiCustomValues Default { get; } = new(
        [
            new("Plumbing", ["Leak", "Clog", "Toilet", "Water Heater"]),
            new("HVAC", ["No Heat", "No AC", "Thermostat"]),
            new("Electrical", ["Outlet", "Breaker", "Lighting"]),
            new("Appliances", ["Refrigerator", "Stove/Oven", "Dishwasher", "Washer/Dryer"]),
            new("Other", ["General"]),
        ],
        ["Emergency", "High", "Med", "Low"],
        [new("Call"), new("Scheduled"), new("In Progress"), new("On Hold"), new("Work Completed", Closed: true), new("Canceled", Closed: true)],
        ["Completed", "Could Not Reproduce", "Referred To Vendor"],
        ["Property Manager"]);

    internal YardiCategory? Category(string name) =>
        Categories.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    internal string? Priority(string name) =>
        Priorities.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));

    internal YardiStatusValue? Status(string name) =>
        Statuses.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The GetCustomValues document: <c>ServiceRequests/CustomValues{Categories,Approvers,Priorities,Statuses,Resolutions}</c>.</summary>
    internal XElement ToXml() =>
        new("ServiceRequests",
            new XElement("CustomValues",
                new XElement("Categories", Categories.Select(c => new XElement("Category", new XElement("Name", c.Name), c.SubCategories.Select(s => new XElement("SubCategory", s))))),
                new XElement("Approvers", Approvers.Select(a => new XElement("Approver", a))),
                new XElement("Priorities", Priorities.Select(p => new XElement("Priority", p))),
                new XElement("Statuses", Statuses.Select(s => new XElement("Status", s.Name))),
                new XElement("Resolutions", Resolutions.Select(r => new XElement("Resolution", r)))));
}
