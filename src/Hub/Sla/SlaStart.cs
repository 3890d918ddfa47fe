namespace AiPhoneCoverage.Hub.Sla;

/// <summary>What starts a work order's SLA clocks.</summary>
/// <param name="Subject">The call's CallSid: the work order's timeline in the audit trail.</param>
/// <param name="WorkOrderId">The hub's work-order id.</param>
/// <param name="WorkOrderRef">Its reference (WO-...).</param>
/// <param name="PropertyId">The property.</param>
/// <param name="PropertyCode">The property's code.</param>
/// <param name="Urgency">emergency, urgent, routine or none.</param>
/// <param name="StartedAt">Intake: when the call began.</param>
internal sealed record SlaStart(string Subject, Guid WorkOrderId, string WorkOrderRef, Guid? PropertyId, string PropertyCode, string Urgency, DateTimeOffset StartedAt);
