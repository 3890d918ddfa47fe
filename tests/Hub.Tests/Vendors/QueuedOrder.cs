using AiPhoneCoverage.Hub.Vendors;

namespace AiPhoneCoverage.Hub.Tests.Vendors;

/// <summary>A work order a test queued: the call it belongs to, its id and reference, and the vendor routing chose.</summary>
internal sealed record QueuedOrder(string Subject, Guid WorkOrderId, string Reference, VendorChoice? Choice);
