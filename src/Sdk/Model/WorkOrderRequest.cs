namespace AiPhoneCoverage.Sdk;

/// <summary>A canonical work order for a PMS or a vendor. The connector maps category and urgency to the customer's own lists.</summary>
/// <param name="CorrelationKey">The hub's key for this work order; it travels to the PMS so that a retry can search before re-creating.</param>
/// <param name="PropertyCode">The hub's property code.</param>
/// <param name="UnitCode">The unit as the PMS names it.</param>
/// <param name="ResidentExternalId">The resident's code in the PMS, if identified.</param>
/// <param name="Category">Canonical category.</param>
/// <param name="Urgency">Canonical urgency.</param>
/// <param name="Summary">One line, at most 100 characters.</param>
/// <param name="Description">The request in full.</param>
/// <param name="PermissionToEnter">Entry permission.</param>
/// <param name="AccessNotes">Pets, alarm codes, anything the technician needs.</param>
/// <param name="ContactPhone">The number to call back, E.164.</param>
/// <param name="ReportedAt">When the caller reported it.</param>
public sealed record WorkOrderRequest(
    string CorrelationKey,
    string PropertyCode,
    string UnitCode,
    string? ResidentExternalId,
    Category Category,
    Urgency Urgency,
    string Summary,
    string Description,
    PermissionToEnter PermissionToEnter,
    string? AccessNotes,
    string? ContactPhone,
    DateTimeOffset ReportedAt);
