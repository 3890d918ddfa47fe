using System.Text.Json;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>A queued vendor dispatch as its outbox row stores it: which dispatch, and the work order as queued for the PMS.</summary>
internal sealed record VendorDispatchPayload(Guid DispatchId, string VendorCode, decimal? NotToExceed, WorkOrderPayload WorkOrder)
{
    public string ToJson() => JsonSerializer.Serialize(this, AuditJson.Options);

    public static VendorDispatchPayload Read(string json) => JsonSerializer.Deserialize<VendorDispatchPayload>(json, AuditJson.Options)!;
}
