using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>
/// A portfolio's vendors as the portfolio file's <c>vendors</c> and <c>preferredVendors</c> sections. Settings are
/// written in clear, as the PMS settings are: an export is a file to keep as safe as the database key.
/// </summary>
internal static class VendorExport
{
    /// <summary>Both sections (vendors by code; preferences by property, portfolio-wide last, then trade and rank), or nulls when the portfolio has no vendors.</summary>
    public static async Task<(IReadOnlyList<VendorDocument>? Vendors, IReadOnlyList<PreferredVendorDocument>? Preferred)> ExportAsync(
        HubDbContext db, VendorSettings settings, CancellationToken cancellationToken)
    {
        var vendors = await db.Vendors.AsNoTracking().OrderBy(v => v.Code).ToListAsync(cancellationToken);
        if (vendors.Count == 0)
        {
            return (null, null);
        }

        var codes = vendors.ToDictionary(v => v.Id, v => v.Code);
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var preferred = (await db.PreferredVendors.AsNoTracking().ToListAsync(cancellationToken))
            .Select(p => (Property: p.PropertyId is { } id ? properties[id] : null, Record: p))
            .OrderBy(p => p.Property is null).ThenBy(p => p.Property, StringComparer.Ordinal)
            .ThenBy(p => Trades.All.ToList().IndexOf(p.Record.Trade)).ThenBy(p => p.Record.Rank)
            .Select(p => new PreferredVendorDocument { Property = p.Property, Trade = p.Record.Trade, Vendor = codes[p.Record.VendorId], NotToExceed = p.Record.NotToExceed })
            .ToList();
        var documents = vendors.Select(v => new VendorDocument
        {
            Code = v.Code, Name = v.Name, Dispatcher = v.Dispatcher, Settings = settings.Stored(v.SettingsJson), SmsPhone = v.SmsPhone,
        }).ToList();
        return (documents, preferred);
    }
}
