using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>A queued work order as the outbox stores it; the PMS connector maps it to the customer's vocabulary.</summary>
internal sealed record WorkOrderPayload(
    string PropertyCode,
    string? UnitCode,
    string? ResidentExternalId,
    string Category,
    string Urgency,
    bool LifeSafety,
    string Summary,
    string Description,
    string? ContactPhone,
    DateTimeOffset ReportedAt,
    string Reference)
{
    public string ToJson() => JsonSerializer.Serialize(this, AuditJson.Options);

    public static WorkOrderPayload Read(string json) => JsonSerializer.Deserialize<WorkOrderPayload>(json, AuditJson.Options)!;
}
