using System.Globalization;
using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// The <c>ServiceRequests</c> document sent as <c>ServiceRequestXml</c> (pms-apis.md §1.4): one <c>ServiceRequest</c>
/// with its children in the XSD's sequence. The first line of the full description carries the correlation key; the brief
/// description is cut to <see cref="BriefLength"/> characters (the summary then also heads the full description).
/// </summary>
internal static class ServiceRequestDocument
{
    /// <summary>Propexo caps Yardi's brief description at 35 characters (pms-apis.md §1.4, [M]).</summary>
    public const int BriefLength = 35;

    public static XElement Build(YardiSettings settings, WorkOrderRequest order, VocabularyEntry category, VocabularyEntry priority)
    {
        var summary = order.Summary.Trim();
        var brief = summary.Length <= BriefLength ? summary : summary[..(BriefLength - 3)].TrimEnd() + "...";
        var full = string.Join('\n', new[]
        {
            CorrelationMarker.Line(order.CorrelationKey),
            brief == summary ? null : summary,
            order.Description.Trim(),
        }.Where(l => !string.IsNullOrEmpty(l)));
        var accessNotes = string.Join(' ', new[]
        {
            order.PermissionToEnter == PermissionToEnter.CallFirst ? "Call the resident before entering." : null,
            order.PermissionToEnter == PermissionToEnter.Denied ? "Enter only with the resident present." : null,
            order.AccessNotes?.Trim(),
        }.Where(n => !string.IsNullOrEmpty(n)));

        return new XElement("ServiceRequests",
            new XElement("ServiceRequest",
                new XElement("PropertyCode", settings.PropertyId),
                new XElement("UnitCode", order.UnitCode),
                Optional("TenantCode", order.ResidentExternalId),
                new XElement("ServiceRequestBriefDescription", brief),
                new XElement("ServiceRequestFullDescription", full),
                new XElement("Priority", priority.Code),
                new XElement("Category", category.Code),
                order.PermissionToEnter switch
                {
                    PermissionToEnter.Granted => new XElement("HasPermissionToEnter", "true"),
                    PermissionToEnter.CallFirst or PermissionToEnter.Denied => new XElement("HasPermissionToEnter", "false"),
                    _ => null,
                },
                Optional("AccessNotes", accessNotes),
                Optional("RequestorPhoneNumber", PhoneDigits(order.ContactPhone)),
                new XElement("ServiceRequestDate", order.ReportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    /// <summary>Digits only (the XSD types the number as a long); a North American +1 number loses its country code.</summary>
    public static string? PhoneDigits(string? phone)
    {
        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            0 => null,
            11 when digits[0] == '1' => digits[1..],
            > 15 => null,
            _ => digits,
        };
    }

    private static XElement? Optional(string name, string? value) => string.IsNullOrWhiteSpace(value) ? null : new XElement(name, value.Trim());
}
