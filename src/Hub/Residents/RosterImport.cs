using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// Upserts a property's residents by resident_id, in one transaction: new residents are added, changed ones updated,
/// units created as they first appear. When the rows are a PMS's whole roster (the PMS is the source of truth),
/// residents of the property missing from it are marked moved out, never deleted. A change-feed entry in the same
/// transaction tells running hubs to refresh.
/// </summary>
internal sealed class RosterImport(HubDatabase database, PhoneHasher hasher, TimeProvider time)
{
    public async Task<RosterImportResult> ImportAsync(
        PropertyRef property, IReadOnlyList<RosterRow> rows, IReadOnlyList<RowProblem> problems, CancellationToken cancellationToken, bool wholeRoster = false)
    {
        await using var db = database.Open(PortfolioScope.For(property.PortfolioId));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();

        // Existing rows are read untracked; only residents that changed are attached for SaveChanges, and new rows
        // (the bulk of a first import) go through BulkInsert in the same transaction.
        var units = await db.Units.AsNoTracking().Where(u => u.PropertyId == property.PropertyId)
            .ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var residents = await db.Residents.AsNoTracking().Include(r => r.Phones).Where(r => r.PropertyId == property.PropertyId)
            .ToDictionaryAsync(r => r.ExternalId, StringComparer.Ordinal, cancellationToken);

        var newUnits = new List<UnitRecord>();
        var newResidents = new List<ResidentRecord>();
        var addedIds = new HashSet<string>(StringComparer.Ordinal);
        int updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var unit = UnitFor(property, units, newUnits, row.Unit);
            if (!residents.TryGetValue(row.ResidentId, out var resident))
            {
                resident = NewResident(property, row, unit.Id, now);
                newResidents.Add(resident);
                residents.Add(row.ResidentId, resident);
                addedIds.Add(row.ResidentId);
            }
            else if (addedIds.Contains(row.ResidentId) || !Differs(resident, row, unit.Id))
            {
                unchanged++;
            }
            else
            {
                db.Residents.Attach(resident);
                Apply(db, resident, row, unit.Id, now);
                updated++;
            }
        }

        var movedOut = 0;
        if (wholeRoster)
        {
            var present = rows.Select(r => r.ResidentId).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in residents.Values.Where(r => !present.Contains(r.ExternalId) && r.Status != ResidentStatus.MovedOut && !addedIds.Contains(r.ExternalId)))
            {
                db.Residents.Attach(gone);
                gone.Status = ResidentStatus.MovedOut;
                gone.UpdatedAt = now;
                movedOut++;
            }
        }

        await BulkInsert.InsertAsync(db, newUnits, cancellationToken);
        await BulkInsert.InsertAsync(db, newResidents, cancellationToken);
        await BulkInsert.InsertAsync(db, newResidents.SelectMany(r => r.Phones).ToList(), cancellationToken);
        if (newResidents.Count + updated + movedOut > 0)
        {
            db.Changes.Add(new ChangeRecord { PortfolioId = property.PortfolioId, Topic = ChangeTopics.Roster, Subject = property.PropertyId.ToString(), At = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RosterImportResult(newResidents.Count, updated, unchanged, problems) { MovedOut = movedOut };
    }

    private static UnitRecord UnitFor(PropertyRef property, Dictionary<string, UnitRecord> units, List<UnitRecord> newUnits, string code)
    {
        if (!units.TryGetValue(code, out var unit))
        {
            unit = new UnitRecord { PortfolioId = property.PortfolioId, Id = Guid.CreateVersion7(), PropertyId = property.PropertyId, Code = code };
            newUnits.Add(unit);
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
            Status = row.Status,
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

    private static bool Differs(ResidentRecord resident, RosterRow row, Guid unitId) =>
        resident.UnitId != unitId || resident.FirstName != row.FirstName || resident.LastName != row.LastName
        || resident.Email != row.Email || resident.Status != row.Status
        || !resident.Phones.OrderBy(p => p.Position).Select(p => p.Number).SequenceEqual(row.Phones, StringComparer.Ordinal);

    /// <summary>Brings a stored (attached) resident in line with the row.</summary>
    private void Apply(HubDbContext db, ResidentRecord resident, RosterRow row, Guid unitId, DateTimeOffset now)
    {
        resident.UnitId = unitId;
        resident.FirstName = row.FirstName;
        resident.LastName = row.LastName;
        resident.Email = row.Email;
        resident.Status = row.Status;

        var phones = resident.Phones.OrderBy(p => p.Position).ToList();
        for (var i = 0; i < Math.Max(phones.Count, row.Phones.Count); i++)
        {
            if (i >= row.Phones.Count)
            {
                db.ResidentPhones.Remove(phones[i]);
            }
            else if (i >= phones.Count)
            {
                db.ResidentPhones.Add(NewPhone(resident, i, row.Phones[i]));
            }
            else if (phones[i].Number != row.Phones[i])
            {
                phones[i].Number = row.Phones[i];
                phones[i].Hash = hasher.Hash(row.Phones[i]);
            }
        }

        resident.UpdatedAt = now;
    }
}
