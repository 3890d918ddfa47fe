using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>The webhook's JSON body: the work order in the SDK's wire names (snake_case values), the not-to-exceed amount, and where to call back.</summary>
internal sealed record DispatchPayload(
    string Event,
    string CorrelationKey,
    string VendorCode,
    string PropertyCode,
    string UnitCode,
    string Category,
    string Urgency,
    string Summary,
    string Description,
    string PermissionToEnter,
    string? AccessNotes,
    string? ContactPhone,
    string ReportedAt,
    decimal? NotToExceed,
    string? CallbackUrl)
{
    public const string DispatchEvent = "work_order.dispatch";

    public static DispatchPayload From(DispatchRequest request, Uri? callbackUrl)
    {
        var order = request.WorkOrder;
        return new(
            DispatchEvent,
            order.CorrelationKey,
            request.VendorCode,
            order.PropertyCode,
            order.UnitCode,
            order.Category.ToWire(),
            order.Urgency.ToWire(),
            order.Summary,
            order.Description,
            order.PermissionToEnter.ToWire(),
            NullIfBlank(order.AccessNotes),
            NullIfBlank(order.ContactPhone),
            order.ReportedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            request.NotToExceed,
            callbackUrl?.AbsoluteUri);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
