namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The ItfServiceRequests operations the simulator knows (pms-apis.md §1.3), with their parameters in WSDL order: the
/// credentials (pms-apis.md §1.2) and then the operation's own. Attachment and vendor operations are left out.
/// </summary>
internal static class YardiServiceRequestsContract
{
    public const string Name = "ItfServiceRequests";

    private static readonly string[] Login = ["UserName", "Password", "ServerName", "Database", "Platform"];

    private static readonly string[] License = ["InterfaceEntity", "InterfaceLicense"];

    public static IReadOnlyList<YardiOperationSpec> Operations { get; } =
    [
        Op("GetPropertyConfigurations", property: false),
        Op("GetResident_Search", property: true, "UnitCode", "ResidentCode", "Name", "PhoneNumber", "Address"),
        Op("GetResident_SearchPlus", property: true, "UnitCode", "ResidentCode", "Name", "PhoneNumber", "Address"),
        Op("GetServiceRequest_Search", property: true, "UnitCode", "ResidentCode", "Name", "Address", "PhoneNumber", "Status", "OpenOrClosed", "FromDate:dateTime", "ToDate:dateTime"),
        Op("GetServiceRequest_ByDateRange", property: true, "UnitCode", "ResidentCode", "Name", "Address", "PhoneNumber", "Status", "OpenOrClosed", "FromDate:dateTime", "ToDate:dateTime", "VendorCode", "Origin", "CreatedFromDate:dateTime", "CreatedToDate:dateTime"),
        Op("GetServiceRequests", property: true, "ServiceRequestIdArray"),
        Op("CreateOrEditServiceRequests", property: true, "ServiceRequestXml:any"),
        Op("GetCustomValues", property: false),
        Op("GetCustomValues2", property: false, "ExportCustomValues:boolean", "ExportEmployees:boolean", "ExportPropertyListCode:boolean"),
        new("GetVersionNumber", [], StringResult: true),
        new("Ping", [], StringResult: true),
    ];

    public static IReadOnlySet<string> Names { get; } = Operations.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

    private static YardiOperationSpec Op(string name, bool property, params string[] own) =>
        new(name, [.. Login.Concat(property ? ["YardiPropertyId"] : []).Concat(License).Concat(own).Select(Parameter)]);

    private static YardiParameter Parameter(string spec) =>
        spec.Split(':') is [var name, var type] ? new YardiParameter(name, type) : new YardiParameter(spec);
}
