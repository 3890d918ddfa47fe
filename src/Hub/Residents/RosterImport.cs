using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// Upserts a property's residents by resident_id, in one transaction: new residents are added, changed ones updated,
/// units created as they first appear. A change-feed entry in the same transaction tells running hubs to refresh.
/// </summary>
internal sealed class RosterImport(HubDatabase database, PhoneHasher hasher, TimeProvider time)
{
    public async Task<RosterImportResult> ImportAsync(PropertyRef property, IReadOnlyList<RosterRow> rows, IReadOnlyList<RowProblem> problems, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(property.PortfolioId));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();

        var units = await db.Units.Where(u => u.PropertyId == property.PropertyId)
            .ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var residents = await db.Residents.Include(r => r.Phones).Where(r => r.PropertyId == property.PropertyId)
            .ToDictionaryAsync(r => r.ExternalId, StringComparer.Ordinal, cancellationToken);

        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var unit = UnitFor(db, property, units, row.Unit);
            if (!residents.TryGetValue(row.ResidentId, out var resident))
            {
                resident = NewResident(property, row, unit.Id, now);
                db.Residents.Add(resident);
                residents.Add(row.ResidentId, resident);
                added++;
            }
            else if (Apply(db, resident, row, unit.Id, now))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        if (added + updated > 0)
        {
            db.Changes.Add(new ChangeRecord { PortfolioId = property.PortfolioId, Topic = ChangeTopics.Roster, Subject = property.PropertyId.ToString(), At = now });
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RosterImportResult(added, updated, unchanged, problems);
    }

    private static UnitRecord UnitFor(HubDbContext db, PropertyRef property, Dictionary<string, UnitRecord> units, string code)
    {
        if (!units.TryGetValue(code, out var unit))
        {
            unit = new UnitRecord { PortfolioId = property.PortfolioId, Id = Guid.CreateVersion7(), PropertyId = property.PropertyId, Code = code };
            db.Units.Add(unit);
            units.Add(code, unit);
        }

        return unit;
    }

    private ResidentRecord NewResident(PropertyRef property, RosterRow row, Guid unitId, DateTimeOffset now)
    {
        var resident = new ResidentRecord
        {
            PortfolioId = property.PortfolioId,
            Id = Guid.CreateVersion7(),
            PropertyId = property.PropertyId,
            UnitId = unitId,
            ExternalId = row.ResidentId,
            FirstName = row.FirstName,
            LastName = row.LastName,
            Email = row.Email,
            Status = ResidentStatus.Current,
            UpdatedAt = now,
        };
        for (var i = 0; i < row.Phones.Count; i++)
        {
            resident.Phones.Add(NewPhone(resident, i, row.Phones[i]));
        }

        return resident;
    }

    private ResidentPhoneRecord NewPhone(ResidentRecord resident, int position, string e164) =>
        new() { PortfolioId = resident.PortfolioId, ResidentId = resident.Id, Position = position, Number = e164, Hash = hasher.Hash(e164) };

    /// <summary>Brings a stored resident in line with the row; false when nothing differed.</summary>
    private bool Apply(HubDbContext db, ResidentRecord resident, RosterRow row, Guid unitId, DateTimeOffset now)
    {
        var changed = resident.UnitId != unitId || resident.FirstName != row.FirstName || resident.LastName != row.LastName
            || resident.Email != row.Email || resident.Status != ResidentStatus.Current;
        resident.UnitId = unitId;
        resident.FirstName = row.FirstName;
        resident.LastName = row.LastName;
        resident.Email = row.Email;
        resident.Status = ResidentStatus.Current;

        var phones = resident.Phones.OrderBy(p => p.Position).ToList();
        for (var i = 0; i < Math.Max(phones.Count, row.Phones.Count); i++)
        {
            if (i >= row.Phones.Count)
            {
                db.ResidentPhones.Remove(phones[i]);
                changed = true;
            }
            else if (i >= phones.Count)
            {
                db.ResidentPhones.Add(NewPhone(resident, i, row.Phones[i]));
                changed = true;
            }
            else if (phones[i].Number != row.Phones[i])
            {
                phones[i].Number = row.Phones[i];
                phones[i].Hash = hasher.Hash(row.Phones[i]);
                changed = true;
            }
        }

        if (changed)
        {
            resident.UpdatedAt = now;
        }

        return changed;
    }
}
