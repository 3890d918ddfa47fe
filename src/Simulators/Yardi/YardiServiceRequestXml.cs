using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The <c>ServiceRequest</c> element of <c>Itf_ServiceRequest.xsd</c> (pms-apis.md §1.4): read from a request by local
/// name, and written back in the schema's sequence for echoes and search results.
/// </summary>
internal static class YardiServiceRequestXml
{
    /// <summary>A child's trimmed text, or null when it is missing or empty.</summary>
    public static string? Text(XElement serviceRequest, string name) =>
        serviceRequest.Elements().FirstOrDefault(e => e.Name.LocalName == name) is { } element && element.Value.Trim() is { Length: > 0 } value ? value : null;

    public static XElement Render(YardiWorkOrder order, string createdBy, bool withId = true) =>
        new("ServiceRequest",
            withId ? new XElement("ServiceRequestId", order.ServiceRequestId) : null,
            new XElement("PropertyCode", order.PropertyCode),
            Optional("UnitCode", order.UnitCode),
            Optional("TenantCode", order.TenantCode),
            Optional("ServiceRequestBriefDescription", order.BriefDescription),
            Optional("ServiceRequestFullDescription", order.FullDescription),
            Optional("Priority", order.Priority),
            Optional("Category", order.Category),
            Optional("SubCategory", order.SubCategory),
            order.HasPermissionToEnter is { } permission ? new XElement("HasPermissionToEnter", XmlConvert.ToString(permission)) : null,
            Optional("AccessNotes", order.AccessNotes),
            Optional("ProblemDescriptionNotes", order.ProblemDescriptionNotes),
            Optional("TechnicianNotes", order.TechnicianNotes),
            Optional("RequestorName", order.RequestorName),
            Optional("RequestorPhoneNumber", order.RequestorPhoneNumber),
            Optional("RequestorEmail", order.RequestorEmail),
            order.ServiceRequestDate is { } date ? new XElement("ServiceRequestDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            new XElement("CreatedBy", createdBy),
            new XElement("UpdateDate", Timestamp(order.StatusHistory[^1].At)),
            new XElement("UpdatedBy", createdBy),
            new XElement("CurrentStatus", order.CurrentStatus),
            new XElement("StatusHistory", order.StatusHistory.Select(s =>
                new XElement("Status", new XAttribute("Type", s.Status), new XAttribute("TimeStamp", Timestamp(s.At))))),
            new XElement("Origin", "IF"));

    /// <summary>A service request Voyager refused: id 0, the codes it was given, and the reasons.</summary>
    public static XElement Refused(XElement request, IEnumerable<string> errors, bool singularElement = false) =>
        new("ServiceRequest",
            new XElement("ServiceRequestId", 0),
            new XElement("PropertyCode", Text(request, "PropertyCode") ?? string.Empty),
            Optional("UnitCode", Text(request, "UnitCode")),
            singularElement
                ? errors.Select(e => new XElement("ErrorMessage", e))
                : new XElement("ErrorMessages", errors.Select(e => new XElement("Error", e))));

    private static XElement? Optional(string name, string? value) => value is null ? null : new XElement(name, value);

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
