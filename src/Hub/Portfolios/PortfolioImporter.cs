using System.Text.Json;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>
/// Onboards a portfolio written as a file: the portfolio, its properties and routed numbers (upserted by code) and its
/// on-call contacts and schedules and its vendors (each replaced, when the file has them), in one transaction, then each property's roster
/// CSV. Everything is checked first; a bad file changes nothing.
/// </summary>
internal sealed class PortfolioImporter(
    HubDatabase database,
    PortfolioValidator validator,
    RosterCsvReader rosterReader,
    RosterImport rosterImport,
    PhoneNumberNormalizer phones,
    DefaultWorkflows defaultWorkflows,
    Pms.PmsTargets pmsTargets,
    Routing.OnCallValidator onCallValidator,
    Vendors.VendorValidator vendorValidator,
    Vendors.VendorSettings vendorSettings,
    TimeProvider time)
{
    public async Task<PortfolioImportResult> ImportAsync(string path, CancellationToken cancellationToken)
    {
        PortfolioDocument? document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonSerializer.DeserializeAsync<PortfolioDocument>(stream, PortfolioJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return PortfolioImportResult.Refused([$"{Path.GetFileName(path)}: {ex.Message}"]);
        }

        if (document is null)
        {
            return PortfolioImportResult.Refused([$"{Path.GetFileName(path)} is empty"]);
        }

        var problems = validator.Validate(document).ToList();
        var rosters = ReadRosters(document, Path.GetDirectoryName(Path.GetFullPath(path))!, problems);
        problems.AddRange(await NumbersTakenElsewhereAsync(document, cancellationToken));
        if (problems.Count > 0)
        {
            return PortfolioImportResult.Refused(problems);
        }

        var refs = await SavePortfolioAsync(document, cancellationToken);
        var results = new List<(string, RosterImportResult)>();
        foreach (var (propertyCode, file) in rosters)
        {
            results.Add((propertyCode, await rosterImport.ImportAsync(refs[propertyCode], file.Rows, file.Problems, cancellationToken)));
        }

        return new PortfolioImportResult(document.Code, [], results);
    }

    private Dictionary<string, RosterFile> ReadRosters(PortfolioDocument document, string folder, List<string> problems)
    {
        var rosters = new Dictionary<string, RosterFile>(StringComparer.Ordinal);
        foreach (var property in document.Properties.Where(p => p.Roster is not null))
        {
            var path = Path.Combine(folder, property.Roster!);
            if (!File.Exists(path))
            {
                problems.Add($"property '{property.Code}': roster {property.Roster} not found");
                continue;
            }

            using var reader = new StreamReader(path);
            var file = rosterReader.Read(reader);
            if (file.FatalError is not null)
            {
                problems.Add($"property '{property.Code}': roster {property.Roster}: {file.FatalError}");
            }
            else
            {
                rosters[property.Code] = file;
            }
        }

        return rosters;
    }

    private async Task<List<string>> NumbersTakenElsewhereAsync(PortfolioDocument document, CancellationToken cancellationToken)
    {
        var numbers = document.Properties.SelectMany(p => p.PhoneNumbers).Select(phones.NormalizeOrNull).OfType<string>().ToList();
        await using var db = database.Open(PortfolioScope.System);
        var taken = await (
                from number in db.PropertyPhoneNumbers
                join portfolio in db.Portfolios on number.PortfolioId equals portfolio.Id
                where numbers.Contains(number.Number) && portfolio.Code != document.Code
                select new { number.Number, portfolio.Code })
            .ToListAsync(cancellationToken);
        return taken.Select(t => $"phone number {t.Number} already routes to portfolio '{t.Code}'").ToList();
    }

    private async Task<Dictionary<string, PropertyRef>> SavePortfolioAsync(PortfolioDocument document, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var system = database.Open(PortfolioScope.System);
        var portfolioId = await system.Portfolios.Where(p => p.Code == document.Code).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken)
            ?? Guid.CreateVersion7();

        await using var db = database.Open(PortfolioScope.For(portfolioId));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var portfolio = await db.Portfolios.SingleOrDefaultAsync(cancellationToken);
        if (portfolio is null)
        {
            portfolio = new PortfolioRecord { Id = portfolioId, Code = document.Code, Name = document.Name, CreatedAt = now };
            db.Portfolios.Add(portfolio);
            defaultWorkflows.AddTo(db, portfolioId, now);
        }

        portfolio.Name = document.Name;
        if (document.AllowedTransferNumbers is { } allowed)
        {
            portfolio.AllowedTransferNumbersJson = JsonSerializer.Serialize(
                allowed.Select(phones.NormalizeOrNull).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        }
        var existing = await db.Properties.Include(p => p.PhoneNumbers).ToDictionaryAsync(p => p.Code, cancellationToken);
        var refs = new Dictionary<string, PropertyRef>(StringComparer.Ordinal);
        foreach (var doc in document.Properties)
        {
            if (!existing.TryGetValue(doc.Code, out var property))
            {
                property = new PropertyRecord { PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Code = doc.Code, Name = doc.Name, TimeZone = doc.TimeZone, CreatedAt = now };
                db.Properties.Add(property);
            }

            Apply(property, doc);
            refs[doc.Code] = new PropertyRef(portfolioId, document.Code, property.Id, property.Code, property.PmsPlugin);
        }

        if (onCallValidator.Read(document).Plan is { } onCall)
        {
            var propertyIds = refs.ToDictionary(r => r.Key, r => r.Value.PropertyId, StringComparer.Ordinal);
            await Routing.OnCallWriter.ReplaceAsync(db, portfolioId, onCall, propertyIds, now, cancellationToken);
        }

        if (vendorValidator.Read(document).Plan is { } vendors)
        {
            var propertyIds = refs.ToDictionary(r => r.Key, r => r.Value.PropertyId, StringComparer.Ordinal);
            await Vendors.VendorWriter.ReplaceAsync(db, portfolioId, vendors, propertyIds, vendorSettings, now, cancellationToken);
        }

        await Routing.RoutingPolicies.WriteAsync(db, portfolioId, document, now, cancellationToken);
        db.Changes.Add(new ChangeRecord { PortfolioId = portfolioId, Topic = ChangeTopics.Properties, Subject = portfolioId.ToString(), At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return refs;
    }

    private void Apply(PropertyRecord property, PropertyDocument doc)
    {
        property.Name = doc.Name;
        property.TimeZone = doc.TimeZone;
        property.EmergencyLine = phones.NormalizeOrNull(doc.EmergencyLine);
        property.PmsPlugin = doc.Pms?.Plugin;
        property.PmsPropertyId = doc.Pms?.PropertyId;
        property.PmsSettingsJson = doc.Pms is null ? null : pmsTargets.Store(doc.Pms.Settings);

        var wanted = doc.PhoneNumbers.Select(phones.NormalizeOrNull).OfType<string>().ToHashSet(StringComparer.Ordinal);
        property.PhoneNumbers.RemoveAll(n => !wanted.Contains(n.Number));
        foreach (var number in wanted.Where(n => property.PhoneNumbers.All(p => p.Number != n)))
        {
            property.PhoneNumbers.Add(new PropertyPhoneRecord { PortfolioId = property.PortfolioId, PropertyId = property.Id, Number = number });
        }
    }
}
