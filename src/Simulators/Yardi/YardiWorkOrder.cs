namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A service request the simulated Voyager database holds: the fields of <c>Itf_ServiceRequest.xsd</c> it was given
/// (pms-apis.md §1.4), its status and history, and the <c>ServiceRequest</c> element exactly as it arrived.
/// </summary>
public sealed record YardiWorkOrder(
    int ServiceRequestId,
    string PropertyCode,
    string? UnitCode,
    string? TenantCode,
    string? BriefDescription,
    string? FullDescription,
    string? Category,
    string? SubCategory,
    string? Priority,
    bool? HasPermissionToEnter,
    string? AccessNotes,
    string? ProblemDescriptionNotes,
    string? TechnicianNotes,
    string? RequestorName,
    string? RequestorPhoneNumber,
    string? RequestorEmail,
    DateOnly? ServiceRequestDate,
    string CurrentStatus,
    IReadOnlyList<YardiStatusChange> StatusHistory,
    DateTimeOffset CreatedAt,
    string ReceivedXml);
