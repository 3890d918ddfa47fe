using System.Xml;
using System.Xml.Linq;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// GetServiceRequest_Search, GetServiceRequest_ByDateRange and GetServiceRequests (pms-apis.md §5.1): the property's
/// service requests that pass every filter given, as <c>ServiceRequests/ServiceRequest*</c>; none is Yardi's
/// "There are no service requests found for these input values." Dates filter on the service request date, inclusive.
/// </summary>
internal sealed class YardiServiceRequestSearch(YardiLedger ledger, YardiPropertyBook book, Func<YardiCustomValues> customValues, YardiCredentials credentials)
{
    public const string NoneFound = "There are no service requests found for these input values.";

    /// <summary>The search's result document. Throws <see cref="FormatException"/> for a date ASMX could not read.</summary>
    public XElement Search(YardiSoapRequest request, string property)
    {
        var unit = request.Field("UnitCode");
        var resident = request.Field("ResidentCode");
        var status = request.Field("Status");
        var openOrClosed = request.Field("OpenOrClosed");
        var name = request.Field("Name");
        var from = Date(request.Field("FromDate"));
        var to = Date(request.Field("ToDate"));
        var createdFrom = Date(request.Field("CreatedFromDate"));
        var createdTo = Date(request.Field("CreatedToDate"));
        var values = customValues();
        var found = ledger.All.Where(o =>
            Same(o.PropertyCode, property)
            && (unit is null || Same(o.UnitCode, unit))
            && (resident is null || Same(o.TenantCode, resident))
            && (status is null || Same(o.CurrentStatus, status))
            && (openOrClosed is null || (values.Status(o.CurrentStatus)?.Closed == true) == Same(openOrClosed, "Closed"))
            && (name is null || (o.RequestorName ?? string.Empty).Contains(name, StringComparison.OrdinalIgnoreCase) || ResidentName(property, o.TenantCode).Contains(name, StringComparison.OrdinalIgnoreCase))
            && Within(o.ServiceRequestDate ?? DateOnly.FromDateTime(o.CreatedAt.UtcDateTime), from, to)
            && Within(DateOnly.FromDateTime(o.CreatedAt.UtcDateTime), createdFrom, createdTo));
        return Answer(found);
    }

    /// <summary>GetServiceRequests: the ids of <c>ServiceRequestIdArray</c>, given as a comma-separated string or as child elements.</summary>
    public XElement ById(YardiSoapRequest request, string property)
    {
        var array = request.Child("ServiceRequestIdArray");
        var texts = array is null ? [] : array.HasElements ? array.Elements().Select(e => e.Value) : array.Value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        var ids = texts.Select(t => int.TryParse(t.Trim(), out var id) ? id : 0).Where(id => id > 0).ToHashSet();
        return Answer(ledger.All.Where(o => ids.Contains(o.ServiceRequestId) && Same(o.PropertyCode, property)));
    }

    private XElement Answer(IEnumerable<YardiWorkOrder> found)
    {
        var list = found.Select(o => YardiServiceRequestXml.Render(o, credentials.UserName)).ToList();
        return list.Count > 0
            ? new XElement("ServiceRequests", list)
            : new XElement("ServiceRequests", new XElement("ServiceRequest", new XElement("ErrorMessages", new XElement("Error", NoneFound))));
    }

    private string ResidentName(string property, string? code) =>
        code is not null && book.Resident(property, code) is { } r ? $"{r.FirstName} {r.LastName}" : string.Empty;

    private static bool Within(DateOnly date, DateOnly? from, DateOnly? to) => (from is null || date >= from) && (to is null || date <= to);

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.FromDateTime(XmlConvert.ToDateTime(text, XmlDateTimeSerializationMode.Unspecified));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
