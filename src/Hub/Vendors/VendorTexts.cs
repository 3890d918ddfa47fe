using System.Globalization;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>The texts vendor routing sends: the work order to a vendor's SMS number, and the number they come from.</summary>
internal static class VendorTexts
{
    /// <summary>
    /// The short text a vendor gets beside its dispatch: reference, urgency, trade, property, unit, summary and the
    /// not-to-exceed amount. Never the resident's name or phone: the dispatch itself carries what the vendor may see.
    /// </summary>
    public static string ToVendor(WorkOrderPayload order, string propertyName, string trade, decimal? notToExceed)
    {
        var summary = order.Summary.Trim();
        summary = summary.Length <= 100 ? summary : summary[..97] + "...";
        var limit = notToExceed is { } amount ? $" Not to exceed {amount.ToString("0.00", CultureInfo.InvariantCulture)}." : string.Empty;
        return $"Work order {order.Reference} ({order.Urgency} {trade}) at {propertyName}, unit {order.UnitCode}: {summary.TrimEnd('.')}.{limit}";
    }

    /// <summary>The number texts about a call's work order come from: the one the caller dialled, else the property's first.</summary>
    public static async Task<string?> FromNumberAsync(HubDbContext db, string subject, Guid propertyId, CancellationToken cancellationToken) =>
        await db.Calls.AsNoTracking().Where(c => c.CallSid == subject).Select(c => c.ToNumber).FirstOrDefaultAsync(cancellationToken)
        ?? await db.PropertyPhoneNumbers.AsNoTracking().Where(n => n.PropertyId == propertyId).OrderBy(n => n.Number).Select(n => n.Number).FirstOrDefaultAsync(cancellationToken);
}
