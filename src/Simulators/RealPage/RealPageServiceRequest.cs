namespace AiPhoneCoverage.Simulators;

/// <summary>A service request the simulated gateway holds, as <c>AddServiceRequest</c> received it and <c>UpdateServiceRequest</c> changed it.</summary>
public sealed record RealPageServiceRequest(
    int ServiceRequestId,
    string SiteId,
    string UnitId,
    string UnitNumber,
    string? ResidentMemberId,
    RpxListEntry Problem,
    RpxListEntry? Priority,
    RpxListEntry Location,
    string DueDate,
    string? PermissionToEnter,
    string? AccessNotes,
    string? ServiceDetails,
    string? ContactPhone,
    string Status,
    string? CompletionNotes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
