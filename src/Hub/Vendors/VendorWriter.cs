using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// Writes a portfolio's vendors and preferred vendors inside the caller's unit of work and transaction (the portfolio
/// import's): vendors upserted by code (their ids stay), preferences replaced. A vendor missing from the file is
/// removed unless dispatches name it: then it stays, preferred for nothing, so that their history keeps its vendor.
/// </summary>
internal static class VendorWriter
{
    public static async Task ReplaceAsync(
        HubDbContext db, Guid portfolioId, VendorPlan plan, IReadOnlyDictionary<string, Guid> propertyIds, VendorSettings settings, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await db.PreferredVendors.ExecuteDeleteAsync(cancellationToken);

        var vendors = await db.Vendors.ToDictionaryAsync(v => v.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var spec in plan.Vendors)
        {
            if (!vendors.TryGetValue(spec.Code, out var vendor))
            {
                vendor = new VendorRecord { PortfolioId = portfolioId, Id = Guid.CreateVersion7(now), Code = spec.Code, Name = spec.Name, Dispatcher = spec.Dispatcher };
                db.Vendors.Add(vendor);
                vendors.Add(spec.Code, vendor);
            }

            vendor.Name = spec.Name;
            vendor.Dispatcher = spec.Dispatcher;
            vendor.SettingsJson = settings.Store(spec.Settings);
            vendor.SmsPhone = spec.SmsPhone;
            vendor.UpdatedAt = now;
        }

        var wanted = plan.Vendors.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        var named = (await db.VendorDispatches.Select(d => d.VendorId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        db.Vendors.RemoveRange(vendors.Values.Where(v => !wanted.Contains(v.Code) && !named.Contains(v.Id)));

        foreach (var preferred in plan.Preferred)
        {
            db.PreferredVendors.Add(new PreferredVendorRecord
            {
                PortfolioId = portfolioId,
                Id = Guid.CreateVersion7(now),
                PropertyId = preferred.Property is null ? null : propertyIds[preferred.Property],
                Trade = preferred.Trade,
                VendorId = vendors[preferred.Vendor].Id,
                NotToExceed = preferred.NotToExceed,
                Rank = preferred.Rank,
            });
        }
    }
}
