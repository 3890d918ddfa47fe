using System.Globalization;
using System.Xml.Linq;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The Facilities operations: <c>AddServiceRequest</c> (answers <c>Success</c> and, only when configured, the new
/// <c>ServiceRequestId</c>), <c>UpdateServiceRequest</c> (status and completion notes) and <c>getservicerequests</c>
/// (by creation date range, status or id). Method names come from Propexo's docs; every element name here is this
/// simulator's design choice ([L] in pms-apis.md §2.4, §5.2), to revise against the real WSDL.
/// </summary>
internal sealed class RpxFacilities(RealPageSimulatorOptions options, RpxLedger ledger, TimeProvider time)
{
    /// <summary>The values <c>permissiontoenter</c> accepts (pms-apis.md §2.4, from Propexo).</summary>
    public static readonly string[] PermissionsToEnter = ["Enter any time", "By permission only", "Call for entry"];

    private static readonly XNamespace Tem = RpxSoap.Tem;
    private readonly RealPageVocabulary _vocabulary = options.Vocabulary;

    public ResponseMessage Add(RpxCall call, RpxSite site, bool withholdId)
    {
        var request = call.Argument("servicerequest");
        string? Field(string name) => RpxCall.Field(request, name);
        foreach (var required in new[] { "unitid", "locationid", "problemid", "duedate" })
        {
            if (Field(required) is null)
            {
                return Refuse(call, "MissingField", $"The field '{required}' is required.");
            }
        }

        if (site.FindUnit(Field("unitid")!) is not { } unit)
        {
            return Refuse(call, "InvalidUnit", $"Unit ID '{Field("unitid")}' was not found for site '{site.SiteId}'.");
        }

        if (Find(_vocabulary.Problems, Field("problemid")) is not { } problem)
        {
            return Refuse(call, "InvalidProblem", $"Problem ID '{Field("problemid")}' is not valid for this site.");
        }

        if (Find(_vocabulary.Locations, Field("locationid")) is not { } location)
        {
            return Refuse(call, "InvalidLocation", $"Location ID '{Field("locationid")}' is not valid for this site.");
        }

        RpxListEntry? priority = null;
        if (Field("priorityid") is { } priorityId && (priority = Find(_vocabulary.Priorities, priorityId)) is null)
        {
            return Refuse(call, "InvalidPriority", $"Priority ID '{priorityId}' is not valid for this site.");
        }

        if (!DateTimeOffset.TryParse(Field("duedate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return Refuse(call, "InvalidDueDate", $"The due date '{Field("duedate")}' is not a date.");
        }

        var permission = Field("permissiontoenter");
        if (permission is not null && !PermissionsToEnter.Contains(permission, StringComparer.OrdinalIgnoreCase))
        {
            return Refuse(call, "InvalidPermissionToEnter", $"Permission to enter '{permission}' is not one of: {string.Join(", ", PermissionsToEnter)}.");
        }

        var member = Field("residentmemberid");
        if (member is not null && !site.Residents.Any(r => r.Person.ResidentId == member && r.Unit == unit))
        {
            return Refuse(call, "InvalidResident", $"Resident member ID '{member}' was not found in unit ID '{unit.UnitId}'.");
        }

        var now = time.GetUtcNow();
        var created = ledger.Add(id => new RealPageServiceRequest(
            id, site.SiteId, unit.UnitId, unit.UnitNumber, member, problem, priority, location, Field("duedate")!, permission,
            Field("accessnotes"), Field("servicedetails"), Field("contactphone"), _vocabulary.Statuses[0], null, now, now));
        return RpxSoap.Answer(call.Operation,
            new XElement(Tem + "Success", "true"),
            options.ReturnServiceRequestId && !withholdId ? new XElement(Tem + "ServiceRequestId", created.ServiceRequestId) : null);
    }

    public ResponseMessage Update(RpxCall call, RpxSite site)
    {
        var request = call.Argument("servicerequest");
        var idText = RpxCall.Field(request, "servicerequestid");
        var status = RpxCall.Field(request, "status");
        if (status is not null && !_vocabulary.Statuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            return Refuse(call, "InvalidStatus", $"The status '{status}' is not one of: {string.Join(", ", _vocabulary.Statuses)}.");
        }

        var notes = RpxCall.Field(request, "completionnotes");
        var canonical = status is null ? null : _vocabulary.Statuses.First(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase));
        var updated = int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? ledger.Update(id, r => r.SiteId != site.SiteId ? r : r with
            {
                Status = canonical ?? r.Status,
                CompletionNotes = notes ?? r.CompletionNotes,
                UpdatedAt = time.GetUtcNow(),
            })
            : null;
        return updated is null || updated.SiteId != site.SiteId
            ? Refuse(call, "InvalidServiceRequest", $"Service request ID '{idText}' was not found for site '{site.SiteId}'.")
            : RpxSoap.Answer(call.Operation, new XElement(Tem + "Success", "true"));
    }

    /// <summary><c>getservicerequests{startdate, enddate, status, servicerequestid}</c>: creation dates are inclusive, every filter optional.</summary>
    public ResponseMessage List(RpxCall call, RpxSite site)
    {
        var filter = call.Argument("getservicerequests");
        var from = Date(RpxCall.Field(filter, "startdate"));
        var to = Date(RpxCall.Field(filter, "enddate"));
        var status = RpxCall.Field(filter, "status");
        var id = RpxCall.Field(filter, "servicerequestid");
        var matches = ledger.All.Where(r => r.SiteId == site.SiteId
            && (from is null || DateOnly.FromDateTime(r.CreatedAt.UtcDateTime) >= from)
            && (to is null || DateOnly.FromDateTime(r.CreatedAt.UtcDateTime) <= to)
            && (status is null || string.Equals(r.Status, status, StringComparison.OrdinalIgnoreCase))
            && (id is null || r.ServiceRequestId.ToString(CultureInfo.InvariantCulture) == id));
        return RpxSoap.Answer(call.Operation, new XElement(Tem + "servicerequestlist", matches.Select(Element)));
    }

    private static XElement Element(RealPageServiceRequest r) => new(Tem + "servicerequest",
        new XElement(Tem + "servicerequestid", r.ServiceRequestId),
        new XElement(Tem + "siteid", r.SiteId),
        new XElement(Tem + "unitid", r.UnitId),
        new XElement(Tem + "unitnumber", r.UnitNumber),
        new XElement(Tem + "residentmemberid", r.ResidentMemberId ?? string.Empty),
        new XElement(Tem + "problemid", r.Problem.Id),
        new XElement(Tem + "problem", r.Problem.Description),
        new XElement(Tem + "priorityid", r.Priority?.Id ?? string.Empty),
        new XElement(Tem + "priority", r.Priority?.Description ?? string.Empty),
        new XElement(Tem + "locationid", r.Location.Id),
        new XElement(Tem + "location", r.Location.Description),
        new XElement(Tem + "status", r.Status),
        new XElement(Tem + "createdate", r.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
        new XElement(Tem + "duedate", r.DueDate),
        new XElement(Tem + "permissiontoenter", r.PermissionToEnter ?? string.Empty),
        new XElement(Tem + "accessnotes", r.AccessNotes ?? string.Empty),
        new XElement(Tem + "servicedetails", r.ServiceDetails ?? string.Empty),
        new XElement(Tem + "contactphone", r.ContactPhone ?? string.Empty),
        new XElement(Tem + "completionnotes", r.CompletionNotes ?? string.Empty));

    private ResponseMessage Refuse(RpxCall call, string code, string message) => options.ValidationErrors == RpxValidationErrorShape.Fault
        ? RpxSoap.Fault("s:Client", message)
        : RpxSoap.Answer(call.Operation,
            new XElement(Tem + "Success", "false"), new XElement(Tem + "ErrorCode", code), new XElement(Tem + "ErrorMessage", message));

    private static RpxListEntry? Find(IReadOnlyList<RpxListEntry> entries, string? id) => entries.FirstOrDefault(e => e.Id == id);

    private static DateOnly? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? DateOnly.FromDateTime(value.UtcDateTime) : null;
}
