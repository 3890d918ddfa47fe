using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// What a canonical work order becomes in AppFolio's text attributes. The correlation key travels as the last line of
/// <c>JobDescription</c> (an attribute every work-order list returns), so that a search can find the work order again.
/// </summary>
internal static class WorkOrderText
{
    private const int MaxDescription = 2000;
    private const string MarkerPrefix = "[AiPhoneCoverage ref ";

    public static string Marker(string correlationKey) => MarkerPrefix + correlationKey + "]";

    public static string JobDescription(WorkOrderRequest order)
    {
        var summary = order.Summary.Trim();
        var description = order.Description.Trim();
        var body = description.Length == 0 || description == summary ? summary : summary + "\n\n" + description;
        if (body.Length > MaxDescription)
        {
            body = body[..MaxDescription] + "…";
        }

        return body + "\n\n" + Marker(order.CorrelationKey);
    }

    /// <summary>Call-back number, entry permission and access notes for the technician; null when there is nothing to say.</summary>
    public static string? Instructions(WorkOrderRequest order)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(order.ContactPhone))
        {
            lines.Add("Call back: " + order.ContactPhone.Trim());
        }

        switch (order.PermissionToEnter)
        {
            case Sdk.PermissionToEnter.CallFirst:
                lines.Add("Call the resident before entering.");
                break;
            case Sdk.PermissionToEnter.Denied:
                lines.Add("Enter only with the resident present.");
                break;
        }

        if (!string.IsNullOrWhiteSpace(order.AccessNotes))
        {
            lines.Add("Access: " + order.AccessNotes.Trim());
        }

        lines.Add("Reported by phone at " + order.ReportedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + " (AiPhoneCoverage).");
        return string.Join("\n", lines);
    }

    /// <summary>AppFolio's yes/no entry permission: only an explicit grant is yes; unknown leaves it unset.</summary>
    public static bool? PermissionToEnter(PermissionToEnter permission) => permission switch
    {
        Sdk.PermissionToEnter.Granted => true,
        Sdk.PermissionToEnter.CallFirst or Sdk.PermissionToEnter.Denied => false,
        _ => null,
    };

    /// <summary>Whether a job description carries the key: its marker on a line of its own, whatever the line endings.</summary>
    public static bool Carries(string? jobDescription, string correlationKey) =>
        jobDescription is not null
        && jobDescription.Split('\n').Any(line => string.Equals(line.Trim(), Marker(correlationKey), StringComparison.Ordinal));
}
