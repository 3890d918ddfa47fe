using System.Globalization;

namespace AiPhoneCoverage.Simulators;

/// <summary>A work order as <c>GET /v3/workorders/{id}</c> and the OData list return it (PascalCase, nested Status, Location, Provider).</summary>
internal static class ServiceChannelResourceJson
{
    public static Dictionary<string, object?> WorkOrder(ServiceChannelWorkOrder order) => new()
    {
        ["Id"] = order.Id,
        ["Number"] = order.Number,
        ["Subscriber"] = new { Id = order.SubscriberId },
        ["Location"] = new { Id = order.LocationId },
        ["Provider"] = new { Id = order.ProviderId },
        ["Trade"] = order.Trade,
        ["Category"] = order.Category,
        ["Priority"] = order.Priority,
        ["Nte"] = order.Nte,
        ["CallDate"] = Time(order.CallDate),
        ["Description"] = order.Description,
        ["Caller"] = order.Caller,
        ["Status"] = new { Primary = order.PrimaryStatus, Extended = order.ExtendedStatus },
        ["UpdatedDate"] = Time(order.UpdatedAt),
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
