using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.ServiceChannel;

/// <summary>
/// What a canonical work order becomes in ServiceChannel's text attributes. The correlation key travels as the last
/// line of <c>Description</c>, so that the OData search can find a work order whose create answer was lost.
/// </summary>
internal static class WorkOrderText
{
    private const int MaxDescription = 2000;
    private const string MarkerPrefix = "[AiPhoneCoverage ref ";

    public static string Marker(string correlationKey) => MarkerPrefix + correlationKey + "]";

    public static string Description(WorkOrderRequest order)
    {
        var summary = order.Summary.Trim();
        var description = order.Description.Trim();
        var lines = new List<string> { description.Length == 0 || description == summary ? summary : summary + "\n\n" + description };
        lines.Add("Unit " + order.UnitCode.Trim() + ". " + Entry(order.PermissionToEnter));
        if (!string.IsNullOrWhiteSpace(order.AccessNotes))
        {
            lines.Add("Access: " + order.AccessNotes.Trim());
        }

        var body = string.Join("\n", lines);
        if (body.Length > MaxDescription)
        {
            body = body[..MaxDescription] + "…";
        }

        return body + "\n\n" + Marker(order.CorrelationKey);
    }

    /// <summary>Who called, for the technician: the resident of the unit, the call-back number, when and how it was reported.</summary>
    public static string Caller(WorkOrderRequest order)
    {
        var phone = string.IsNullOrWhiteSpace(order.ContactPhone) ? string.Empty : ", call back " + order.ContactPhone.Trim();
        return $"Resident of unit {order.UnitCode.Trim()}{phone} (by phone to AiPhoneCoverage, {order.ReportedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)})";
    }

    /// <summary>CallDate as ServiceChannel's examples write it: UTC ISO-8601 to the second.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Whether a description carries the key: its marker on a line of its own, whatever the line endings.</summary>
    public static bool Carries(string? description, string correlationKey) =>
        description is not null
        && description.Split('\n').Any(line => string.Equals(line.Trim(), Marker(correlationKey), StringComparison.Ordinal));

    private static string Entry(PermissionToEnter permission) => permission switch
    {
        PermissionToEnter.Granted => "Permission to enter: yes.",
        PermissionToEnter.CallFirst => "Call the resident before entering.",
        PermissionToEnter.Denied => "Enter only with the resident present.",
        _ => "Permission to enter: not asked.",
    };
}
