using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// CreateOrEditServiceRequests (pms-apis.md §1.4, §5.1): each <c>ServiceRequest</c> of <c>ServiceRequestXml</c> is
/// checked on its own, and either recorded (a new one gets the next id and the first configured status; one with an id
/// is edited) and echoed, or echoed with id 0 and its <c>ErrorMessages</c>, while the others of the batch go through.
/// A document that cannot be read at all, or a request without <c>PropertyCode</c>, refuses the whole call.
/// </summary>
internal sealed class YardiServiceRequestWriter(
    YardiPropertyBook book, YardiLedger ledger, Func<YardiCustomValues> customValues, YardiCredentials credentials, TimeProvider time)
{
    /// <summary>The result document, or the text of a whole-call error (a Messages/Message).</summary>
    public (XElement? Result, string? Error) Write(YardiSoapRequest request, bool omitIds)
    {
        var holder = request.Child("ServiceRequestXml");
        var root = holder?.Elements().FirstOrDefault();
        if (root is null && holder?.Value.Trim() is { Length: > 0 } text)
        {
            try
            {
                root = XElement.Parse(text);
            }
            catch (XmlException ex)
            {
                return (null, $"ServiceRequestXml could not be read: {ex.Message}");
            }
        }

        if (root is null || root.Name.LocalName != "ServiceRequests")
        {
            return (null, "ServiceRequestXml must hold a ServiceRequests document.");
        }

        var requests = root.Elements().Where(e => e.Name.LocalName == "ServiceRequest").ToList();
        if (requests.Count == 0 || requests.Any(r => YardiServiceRequestXml.Text(r, "PropertyCode") is null))
        {
            return (null, "ServiceRequestXml could not be read: every ServiceRequest needs a PropertyCode.");
        }

        var values = customValues();
        return (new XElement("ServiceRequests", requests.Select(r => WriteOne(r, values, omitIds))), null);
    }

    private XElement WriteOne(XElement request, YardiCustomValues values, bool omitIds)
    {
        string? Text(string name) => YardiServiceRequestXml.Text(request, name);
        var property = Text("PropertyCode")!;
        if (!book.Exists(property))
        {
            return YardiServiceRequestXml.Refused(request, [$"Could not find Property:{property}."]);
        }

        if (!book.InterfaceConfigured(property))
        {
            return YardiServiceRequestXml.Refused(request, [$"Interface '{credentials.InterfaceEntity}' is not Configured for property '{property}'"], singularElement: true);
        }

        var errors = new List<string>();
        var id = 0;
        if (Text("ServiceRequestId") is { } idText && (!int.TryParse(idText, out id) || id < 0))
        {
            errors.Add($"Invalid ServiceRequestId:{idText}.");
        }

        var existing = id > 0 ? ledger.Get(id) : null;
        if (id > 0 && (existing is null || !string.Equals(existing.PropertyCode, property, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"Could not find Service Request:{id}.");
        }

        Check(errors, Text("UnitCode"), u => book.HasUnit(property, u), "Unit");
        Check(errors, Text("TenantCode"), t => book.Resident(property, t) is not null, "Tenant");
        var category = Text("Category") ?? existing?.Category;
        Check(errors, Text("Category"), c => values.Category(c) is not null, "Category");
        Check(errors, Text("SubCategory"), s => category is not null && values.Category(category)?.SubCategories.Contains(s, StringComparer.OrdinalIgnoreCase) == true, "SubCategory");
        Check(errors, Text("Priority"), p => values.Priority(p) is not null, "Priority");
        Check(errors, Text("CurrentStatus"), s => values.Status(s) is not null, "Status");
        var permission = Parse(errors, Text("HasPermissionToEnter"), "HasPermissionToEnter", v => XmlConvert.ToBoolean(v));
        Parse(errors, Text("RequestorPhoneNumber"), "RequestorPhoneNumber", v => v.All(char.IsAsciiDigit) ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : throw new FormatException());
        var date = Parse(errors, Text("ServiceRequestDate"), "ServiceRequestDate", v => DateOnly.FromDateTime(XmlConvert.ToDateTime(v, XmlDateTimeSerializationMode.Unspecified)));
        if (errors.Count > 0)
        {
            return YardiServiceRequestXml.Refused(request, errors);
        }

        var now = time.GetUtcNow();
        var order = existing is null
            ? ledger.Create(newId => New(newId, request, property, values.Statuses[0].Name, permission, date, now))
            : ledger.Update(id, o => Edit(o, request, values, permission, date, now))!;
        return YardiServiceRequestXml.Render(order, credentials.UserName, withId: !omitIds);
    }

    private static YardiWorkOrder New(int id, XElement r, string property, string status, bool? permission, DateOnly? date, DateTimeOffset now)
    {
        string? Text(string name) => YardiServiceRequestXml.Text(r, name);
        return new YardiWorkOrder(
            id, property, Text("UnitCode"), Text("TenantCode"), Text("ServiceRequestBriefDescription"), Text("ServiceRequestFullDescription"),
            Text("Category"), Text("SubCategory"), Text("Priority"), permission, Text("AccessNotes"), Text("ProblemDescriptionNotes"),
            Text("TechnicianNotes"), Text("RequestorName"), Text("RequestorPhoneNumber"), Text("RequestorEmail"),
            date ?? DateOnly.FromDateTime(now.UtcDateTime), status, [new YardiStatusChange(status, now)], now, r.ToString(SaveOptions.DisableFormatting));
    }

    private static YardiWorkOrder Edit(YardiWorkOrder o, XElement r, YardiCustomValues values, bool? permission, DateOnly? date, DateTimeOffset now)
    {
        string? Text(string name) => YardiServiceRequestXml.Text(r, name);
        var status = Text("CurrentStatus") is { } s ? values.Status(s)!.Name : null;
        return o with
        {
            UnitCode = Text("UnitCode") ?? o.UnitCode,
            TenantCode = Text("TenantCode") ?? o.TenantCode,
            BriefDescription = Text("ServiceRequestBriefDescription") ?? o.BriefDescription,
            FullDescription = Text("ServiceRequestFullDescription") ?? o.FullDescription,
            Category = Text("Category") ?? o.Category,
            SubCategory = Text("SubCategory") ?? o.SubCategory,
            Priority = Text("Priority") ?? o.Priority,
            HasPermissionToEnter = permission ?? o.HasPermissionToEnter,
            AccessNotes = Text("AccessNotes") ?? o.AccessNotes,
            ProblemDescriptionNotes = Text("ProblemDescriptionNotes") ?? o.ProblemDescriptionNotes,
            TechnicianNotes = Text("TechnicianNotes") ?? o.TechnicianNotes,
            ServiceRequestDate = date ?? o.ServiceRequestDate,
            CurrentStatus = status ?? o.CurrentStatus,
            StatusHistory = status is null ? o.StatusHistory : [.. o.StatusHistory, new YardiStatusChange(status, now)],
        };
    }

    private static void Check(List<string> errors, string? value, Func<string, bool> known, string what)
    {
        if (value is not null && !known(value))
        {
            errors.Add($"Could not find {what}:{value}.");
        }
    }

    private static T? Parse<T>(List<string> errors, string? value, string what, Func<string, T> parse)
        where T : struct
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return parse(value);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            errors.Add($"Invalid value for {what}.");
            return null;
        }
    }
}
