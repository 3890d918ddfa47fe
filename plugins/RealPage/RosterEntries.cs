using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// <c>getresidentlistinfo</c>'s <c>resident</c> elements as roster entries: member id, names, unit number, cell and
/// home phones, e-mail, and <c>leasestatus</c> mapped (applicants are not residents and are left out).
/// </summary>
internal static class RosterEntries
{
    public static List<RosterEntry> From(XElement result) =>
        result.All("resident").Select(Entry).OfType<RosterEntry>()
            .OrderBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.ExternalId, StringComparer.Ordinal)
            .ToList();

    private static RosterEntry? Entry(XElement resident)
    {
        if (resident.Text("residentmemberid") is not { } id || Status(resident.Text("leasestatus")) is not { } status)
        {
            return null;
        }

        var phones = new[] { resident.Text("cellphone"), resident.Text("homephone") }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new RosterEntry(id, resident.Text("firstname") ?? string.Empty, resident.Text("lastname") ?? string.Empty,
            resident.Text("unitnumber") ?? string.Empty, phones, resident.Text("email"), status);
    }

    /// <summary>OneSite's lease statuses (pms-apis.md §2.3); null for applicants, who are not residents yet.</summary>
    private static ResidentStatus? Status(string? leaseStatus)
    {
        var status = leaseStatus ?? "Current";
        bool Has(string word) => status.Contains(word, StringComparison.OrdinalIgnoreCase);
        return true switch
        {
            _ when Has("former") && Has("applicant") => null,
            _ when Has("former") || Has("past") => ResidentStatus.MovedOut,
            _ when Has("future") || Has("lease signed") => ResidentStatus.Future,
            _ when Has("applicant") => null,
            _ => ResidentStatus.Current,
        };
    }
}
