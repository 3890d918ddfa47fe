using System.Globalization;
using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>
/// Writes a portfolio in the format `aipc portfolio import` reads. With an output file, each property's roster is written
/// beside it as <c>&lt;property&gt;-residents.csv</c>, so that export then import round-trips.
/// </summary>
internal sealed class PortfolioExporter(HubDatabase database, Pms.PmsTargets pmsTargets, Vendors.VendorSettings vendorSettings)
{
    public async Task<PortfolioDocument?> ExportAsync(string portfolioCode, string? outputFile, CancellationToken cancellationToken)
    {
        await using var system = database.Open(PortfolioScope.System);
        var portfolioId = await system.Portfolios.Where(p => p.Code == portfolioCode).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (portfolioId is null)
        {
            return null;
        }

        await using var db = database.Open(PortfolioScope.For(portfolioId.Value));
        var portfolio = await db.Portfolios.SingleAsync(cancellationToken);
        var properties = await db.Properties.Include(p => p.PhoneNumbers).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var folder = outputFile is null ? null : Path.GetDirectoryName(Path.GetFullPath(outputFile))!;
        var documents = new List<PropertyDocument>();
        foreach (var property in properties)
        {
            string? roster = null;
            if (folder is not null)
            {
                roster = $"{property.Code}-residents.csv";
                await WriteRosterAsync(db, property.Id, Path.Combine(folder, roster), cancellationToken);
            }

            documents.Add(ToDocument(property, roster));
        }

        var (contacts, onCall) = await Routing.OnCallExport.ExportAsync(db, cancellationToken);
        var (escalation, sla, messages) = await Routing.RoutingPolicies.ExportAsync(db, cancellationToken);
        var (vendors, preferredVendors) = await Vendors.VendorExport.ExportAsync(db, vendorSettings, cancellationToken);
        var document = new PortfolioDocument
        {
            Code = portfolio.Code, Name = portfolio.Name, Properties = documents, Contacts = contacts, OnCall = onCall,
            AllowedTransferNumbers = portfolio.AllowedTransferNumbersJson is { } allowed ? JsonSerializer.Deserialize<List<string>>(allowed) : null,
            Escalation = escalation, Sla = sla, Messages = messages, Vendors = vendors, PreferredVendors = preferredVendors,
        };
        if (outputFile is not null)
        {
            await File.WriteAllTextAsync(outputFile, JsonSerializer.Serialize(document, PortfolioJson.Options), cancellationToken);
        }

        return document;
    }

    private PropertyDocument ToDocument(PropertyRecord property, string? roster) => new()
    {
        Code = property.Code,
        Name = property.Name,
        TimeZone = property.TimeZone,
        PhoneNumbers = property.PhoneNumbers.Select(n => n.Number).Order(StringComparer.Ordinal).ToList(),
        EmergencyLine = property.EmergencyLine,
        Pms = property.PmsPlugin is null ? null : new PmsConnectionDocument
        {
            Plugin = property.PmsPlugin,
            PropertyId = property.PmsPropertyId ?? string.Empty,
            Settings = pmsTargets.Settings(property.PmsSettingsJson),
        },
        Roster = roster,
    };

    private static async Task WriteRosterAsync(HubDbContext db, Guid propertyId, string path, CancellationToken cancellationToken)
    {
        var residents = await db.Residents.AsNoTracking().Include(r => r.Phones)
            .Where(r => r.PropertyId == propertyId && r.Status != Sdk.ResidentStatus.MovedOut)
            .Join(db.Units, r => new { r.PortfolioId, r.UnitId }, u => new { u.PortfolioId, UnitId = u.Id }, (r, u) => new { Resident = r, Unit = u.Code })
            .OrderBy(x => x.Resident.ExternalId)
            .ToListAsync(cancellationToken);

        await using var writer = new StreamWriter(path);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in new[] { "resident_id", "first_name", "last_name", "unit", "phone", "alt_phone", "email" })
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var (resident, unit) in residents.Select(x => (x.Resident, x.Unit)))
        {
            var phones = resident.Phones.OrderBy(p => p.Position).Select(p => p.Number).ToList();
            foreach (var field in new[] { resident.ExternalId, resident.FirstName, resident.LastName, unit, phones.ElementAtOrDefault(0), phones.ElementAtOrDefault(1), resident.Email })
            {
                csv.WriteField(field ?? string.Empty);
            }

            await csv.NextRecordAsync();
        }
    }
}
