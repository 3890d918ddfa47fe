using System.Globalization;
using System.Xml.Linq;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The read operations: <c>getsitelist</c>, <c>unitlist</c>, <c>getresidentlistinfo</c>, <c>getresidentlist</c>
/// (shapes from pms-apis.md §2.3, [H]) and the Facilities lists <c>getproblems</c>,
/// <c>getservicerequestpriorities</c>, <c>getlocations</c> (names and shapes are this simulator's [L] choice).
/// </summary>
internal sealed class RpxLookups(IReadOnlyDictionary<string, RpxSite> sites, RealPageVocabulary vocabulary)
{
    private static readonly XNamespace Tem = RpxSoap.Tem;

    public ResponseMessage SiteList(RpxCall call, RpxSite site) =>
        RpxSoap.Answer(call.Operation, new XElement(Tem + "SiteList", sites.Values.Select(s => new XElement(Tem + "Site",
            new XElement(Tem + "SiteID", s.SiteId),
            new XElement(Tem + "SiteName", s.Name),
            new XElement(Tem + "Address", "100 Simulated Way"),
            new XElement(Tem + "City", "Austin"),
            new XElement(Tem + "State", "TX"),
            new XElement(Tem + "Zip", "78701")))));

    public static ResponseMessage UnitList(RpxCall call, RpxSite site) =>
        RpxSoap.Answer(call.Operation, new XElement(Tem + "UnitList", site.Units.Select(u =>
        {
            var vacant = site.IsVacant(u) ? "T" : "F";
            return new XElement(Tem + "Unit",
                new XElement(Tem + "UnitID", u.UnitId),
                new XElement(Tem + "UnitNumber", u.UnitNumber),
                new XElement(Tem + "BuildingName", u.BuildingName),
                new XElement(Tem + "Floor", u.Floor.ToString(CultureInfo.InvariantCulture)),
                new XElement(Tem + "FloorplanID", "FP2"),
                new XElement(Tem + "FloorplanName", "2x1"),
                new XElement(Tem + "Bedrooms", "2"),
                new XElement(Tem + "Bathrooms", "1"),
                new XElement(Tem + "RentableSqft", "880"),
                new XElement(Tem + "GrossSqft", "920"),
                new XElement(Tem + "MarketRent", "1450.00"),
                new XElement(Tem + "Vacant", vacant),
                new XElement(Tem + "Available", vacant),
                new XElement(Tem + "AvailableDate", vacant == "T" ? "2026-01-01" : string.Empty));
        })));

    /// <summary><c>getresidentlistinfo{status C/P/F/ALL, headofhousehold}</c>; <c>getresidentlist</c> takes no filter.</summary>
    public static ResponseMessage ResidentList(RpxCall call, RpxSite site)
    {
        var filter = call.Argument("getresidentlistinfo");
        var status = (RpxCall.Field(filter, "status") ?? "ALL").ToUpperInvariant();
        var headsOnly = string.Equals(RpxCall.Field(filter, "headofhousehold"), "true", StringComparison.OrdinalIgnoreCase)
            || RpxCall.Field(filter, "headofhousehold") == "1";
        var residents = site.Residents.Where(r => status switch
        {
            "C" => r.LeaseStatus == "Current",
            "F" => r.LeaseStatus == "Former",
            "P" => false, // the simulated sites have no applicants or future leases
            _ => true,
        } && (!headsOnly || r.HeadOfHousehold));
        return RpxSoap.Answer(call.Operation, new XElement(Tem + "residentlist", residents.Select(Resident)));
    }

    public ResponseMessage Problems(RpxCall call, RpxSite site) => List(call, "problemlist", "problem", "problemid", vocabulary.Problems);

    public ResponseMessage Priorities(RpxCall call, RpxSite site) => List(call, "prioritylist", "priority", "priorityid", vocabulary.Priorities);

    public ResponseMessage Locations(RpxCall call, RpxSite site) => List(call, "locationlist", "location", "locationid", vocabulary.Locations);

    private static ResponseMessage List(RpxCall call, string list, string item, string id, IReadOnlyList<RpxListEntry> entries) =>
        RpxSoap.Answer(call.Operation, new XElement(Tem + list, entries.Select(e =>
            new XElement(Tem + item, new XElement(Tem + id, e.Id), new XElement(Tem + "description", e.Description)))));

    private static XElement Resident(RpxResident r)
    {
        var unit = int.Parse(r.Unit.UnitId, CultureInfo.InvariantCulture);
        return new XElement(Tem + "resident",
            new XElement(Tem + "residentmemberid", r.Person.ResidentId),
            new XElement(Tem + "residenthouseholdid", (unit + 400000).ToString(CultureInfo.InvariantCulture)),
            new XElement(Tem + "leaseid", (unit + 500000).ToString(CultureInfo.InvariantCulture)),
            new XElement(Tem + "unitid", r.Unit.UnitId),
            new XElement(Tem + "unitnumber", r.Unit.UnitNumber),
            new XElement(Tem + "firstname", r.Person.FirstName),
            new XElement(Tem + "lastname", r.Person.LastName),
            new XElement(Tem + "email", r.Person.Email ?? string.Empty),
            new XElement(Tem + "homephone", r.Person.AltPhone ?? string.Empty),
            new XElement(Tem + "cellphone", r.Person.Phone),
            new XElement(Tem + "leasestatus", r.LeaseStatus),
            new XElement(Tem + "begindate", "2025-06-01"),
            new XElement(Tem + "enddate", "2026-05-31"),
            new XElement(Tem + "moveindate", "2025-06-01"),
            new XElement(Tem + "moveoutdate", r.MoveOutDate ?? string.Empty),
            new XElement(Tem + "balance", "0.00"),
            new XElement(Tem + "hohbit", r.HeadOfHousehold ? "T" : "F"),
            new XElement(Tem + "signerbit", r.HeadOfHousehold ? "T" : "F"),
            new XElement(Tem + "activebit", r.LeaseStatus == "Current" ? "T" : "F"));
    }
}
