using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// The residents of a GetResident_Search answer (pms-apis.md §1.6): each <c>Customer</c> and each of its
/// <c>OtherOccupants</c> with a resident code, with the customer's unit when an occupant has none of its own. Phones are
/// mobile, home and office in that order, as Voyager formats them (the hub normalises them).
/// </summary>
internal static class YardiRoster
{
    private static readonly string[] PhoneElements = ["MobileNumber", "HomeNumber", "OfficeNumber"];

    public static IReadOnlyList<RosterEntry> Read(XElement result)
    {
        var residents = new List<RosterEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var customer in result.Descendants("Customer"))
        {
            var unit = customer.Text("Lease", "Identification", "IDValue");
            Add(residents, seen, customer, unit);
            foreach (var occupant in customer.Children("OtherOccupants").Elements())
            {
                Add(residents, seen, occupant, occupant.Text("Lease", "Identification", "IDValue") ?? unit);
            }
        }

        return residents;
    }

    /// <summary>The units the roster names; a unit whose residents have all left is vacant. Voyager's ItfServiceRequests lists no empty units.</summary>
    public static IReadOnlyList<PmsUnit> Units(IReadOnlyList<RosterEntry> residents) =>
        residents
            .GroupBy(r => r.UnitCode, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PmsUnit(g.Key, g.Key, null, g.All(r => r.Status == ResidentStatus.MovedOut)))
            .OrderBy(u => u.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static void Add(List<RosterEntry> residents, HashSet<string> seen, XElement person, string? unit)
    {
        if (person.Text("Identification", "IDValue") is not { } code || unit is null || !seen.Add(code))
        {
            return;
        }

        var phones = PhoneElements
            .Select(n => person.Text("Phone", n))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        residents.Add(new RosterEntry(
            code,
            person.Text("Name", "FirstName") ?? string.Empty,
            person.Text("Name", "LastName") ?? string.Empty,
            unit,
            phones,
            person.Text("Address", "Email"),
            Status(person.Text("Identification", "Status") ?? person.Text("Identification", "YardiStatus"))));
    }

    /// <summary>
    /// Voyager's tenant statuses (seen as "Current" and as "current resident"): past, former, cancelled and denied are
    /// gone; future, applicants and the wait list are coming; current, notice, eviction and anything else live there.
    /// </summary>
    private static ResidentStatus Status(string? status)
    {
        var text = status ?? string.Empty;
        bool Has(string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
        return Has("past") || Has("former") || Has("cancel") || Has("denied") || Has("moved out") ? ResidentStatus.MovedOut
            : Has("future") || Has("applicant") || Has("approved") || Has("wait") ? ResidentStatus.Future
            : ResidentStatus.Current;
    }
}
