using System.Globalization;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;
using static AiPhoneCoverage.Plugins.RealPage.RpxEnvelope;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// The <c>servicerequest</c> argument of <c>AddServiceRequest</c> (element names [L], see README.md): unit, resident,
/// location, problem, priority, due date from the urgency, permission to enter in RealPage's words, access notes,
/// the details with the correlation marker first, the callback number and the reporting time.
/// </summary>
internal static class ServiceRequestPayload
{
    public static XElement For(WorkOrderRequest order, PmsUnit unit, VocabularyEntry problem, VocabularyEntry priority, VocabularyEntry location) =>
        E("servicerequest",
            E("unitid", unit.ExternalId),
            string.IsNullOrWhiteSpace(order.ResidentExternalId) ? null : E("residentmemberid", order.ResidentExternalId),
            E("locationid", location.Code),
            E("problemid", problem.Code),
            E("priorityid", priority.Code),
            E("duedate", DueDate(order).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            E("permissiontoenter", PermissionText(order.PermissionToEnter)),
            string.IsNullOrWhiteSpace(order.AccessNotes) ? null : E("accessnotes", order.AccessNotes),
            E("servicedetails", Details(order)),
            string.IsNullOrWhiteSpace(order.ContactPhone) ? null : E("contactphone", order.ContactPhone),
            E("datecreated", order.ReportedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)));

    /// <summary>Emergency: the day reported; urgent: the next day; routine: in three days; not maintenance: in a week (in the caller's offset).</summary>
    public static DateOnly DueDate(WorkOrderRequest order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var reported = DateOnly.FromDateTime(order.ReportedAt.DateTime);
        return reported.AddDays(order.Urgency switch
        {
            Urgency.Emergency => 0,
            Urgency.Urgent => 1,
            Urgency.Routine => 3,
            _ => 7,
        });
    }

    /// <summary>RealPage's three values (pms-apis.md §2.4); not asked means the technician calls first.</summary>
    public static string PermissionText(PermissionToEnter permission) => permission switch
    {
        PermissionToEnter.Granted => "Enter any time",
        PermissionToEnter.Denied => "By permission only",
        _ => "Call for entry",
    };

    public static string Details(WorkOrderRequest order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var summary = order.Summary.Trim();
        var description = order.Description.Trim();
        var text = description.Length == 0 || description == summary ? summary : $"{summary}\n{description}";
        return $"{CorrelationMarker.For(order.CorrelationKey)} {text}";
    }
}
