using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Imports a property's on-call CSV in one transaction. The member and escalation lines of a rotation replace its members
/// and escalation (creating the rotation, or updating its settings when a member line gives them); a rotation with a
/// rejected line is not imported at all, so that no rotation is left with a member missing. Override lines are added,
/// an identical one already there is left as it is, one overlapping another of its rotation is rejected. Contacts named
/// with a name and phone are added or updated; others must exist. Rotations and overrides not in the file are kept.
/// </summary>
internal sealed class OnCallCsvImport(HubDatabase database, TimeProvider time)
{
    public async Task<OnCallCsvResult> ImportAsync(PropertyRef property, OnCallCsvFile file, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(property.PortfolioId));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var problems = file.Problems.ToList();
        var contacts = await db.OnCallContacts.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        var rotations = await db.OnCallRotations.ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, cancellationToken);
        var propertyCodes = await db.Properties.ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var (details, conflicts) = ContactDetails(file.Rows);

        var counts = new Counts();
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in file.Rows.Where(r => r.Kind != OnCallCsvKind.Override).GroupBy(r => r.Rotation))
        {
            var lines = group.ToList();
            if (file.SpoiledRotations.TryGetValue(group.Key, out var spoiledBy))
            {
                problems.AddRange(lines.Select(l => new RowProblem(l.Line, $"rotation '{group.Key}' not imported: line {spoiledBy} is rejected")));
                continue;
            }

            var reasons = CheckRotation(property, lines, rotations, propertyCodes, contacts, details, conflicts, out var settings);
            if (reasons.Count > 0)
            {
                problems.AddRange(reasons);
                var rejected = reasons.Select(r => r.Line).ToHashSet();
                problems.AddRange(lines.Where(l => !rejected.Contains(l.Line)).Select(l =>
                    new RowProblem(l.Line, $"rotation '{group.Key}' not imported: line {reasons.Min(r => r.Line)} is rejected")));
                continue;
            }

            accepted.Add(group.Key);
            await SaveRotationAsync(db, property, group.Key, lines, settings, rotations, contacts, details, counts, now, cancellationToken);
        }

        var overrides = file.Rows.Where(r => r.Kind == OnCallCsvKind.Override).ToList();
        problems.AddRange(overrides.Where(o => conflicts.ContainsKey(o.Line)).Select(o => new RowProblem(o.Line, conflicts[o.Line])));
        overrides.RemoveAll(o => conflicts.ContainsKey(o.Line));
        await SaveOverridesAsync(db, property, overrides, rotations, contacts, details, accepted, file, problems, counts, now, cancellationToken);
        if (counts.Changed)
        {
            db.Changes.Add(new ChangeRecord { PortfolioId = property.PortfolioId, Topic = ChangeTopics.OnCall, Subject = property.PortfolioId.ToString(), At = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OnCallCsvResult(
            counts.RotationsAdded, counts.RotationsUpdated, counts.Members, counts.OverridesAdded, counts.OverridesUnchanged, counts.ContactsAdded, counts.ContactsUpdated,
            problems.OrderBy(p => p.Line).ToList());
    }

    // The contact details given in the file, by contact; a line describing a contact differently from an earlier line is rejected.
    private static (Dictionary<string, ContactSpec> Details, Dictionary<int, string> Conflicts) ContactDetails(IReadOnlyList<OnCallCsvRow> rows)
    {
        var details = new Dictionary<string, (ContactSpec Spec, int Line)>(StringComparer.Ordinal);
        var conflicts = new Dictionary<int, string>();
        foreach (var row in rows.Where(r => r.ContactDetails is not null))
        {
            if (!details.TryAdd(row.Contact, (row.ContactDetails!, row.Line)) && details[row.Contact].Spec != row.ContactDetails)
            {
                conflicts[row.Line] = $"contact '{row.Contact}' is described differently on line {details[row.Contact].Line}";
            }
        }

        return (details.ToDictionary(d => d.Key, d => d.Value.Spec, StringComparer.Ordinal), conflicts);
    }

    private static List<RowProblem> CheckRotation(
        PropertyRef property, List<OnCallCsvRow> lines, Dictionary<string, OnCallRotationRecord> rotations, Dictionary<Guid, string> propertyCodes,
        Dictionary<string, OnCallContactRecord> contacts, Dictionary<string, ContactSpec> details, Dictionary<int, string> conflicts, out RotationSettings? settings)
    {
        var reasons = lines.Where(l => conflicts.ContainsKey(l.Line)).Select(l => new RowProblem(l.Line, conflicts[l.Line])).ToList();
        var name = lines[0].Rotation;
        settings = null;
        if (rotations.TryGetValue(name, out var existing) && existing.PropertyId != property.PropertyId)
        {
            var owner = existing.PropertyId is { } id ? $"property '{propertyCodes[id]}'" : "the whole portfolio";
            reasons.Add(new RowProblem(lines[0].Line, $"rotation '{name}' belongs to {owner}"));
            return reasons;
        }

        var first = lines.FirstOrDefault(l => l.Settings is not null);
        settings = first?.Settings;
        foreach (var line in lines.Where(l => l.Settings is not null && l != first && !SameSettings(l.Settings!, first!.Settings!)))
        {
            reasons.Add(new RowProblem(line.Line, $"the settings of rotation '{name}' differ from line {first!.Line}"));
        }

        if (settings is null && existing is null)
        {
            reasons.Add(new RowProblem(lines[0].Line, $"rotation '{name}' is new: give its trade, period, handoff_time and start_date (and handoff_day if weekly)"));
        }

        if (lines.All(l => l.Kind != OnCallCsvKind.Member))
        {
            reasons.Add(new RowProblem(lines[0].Line, $"rotation '{name}' has no member lines"));
        }

        reasons.AddRange(lines.Where(l => !contacts.ContainsKey(l.Contact) && !details.ContainsKey(l.Contact))
            .Select(l => new RowProblem(l.Line, $"contact '{l.Contact}' is not known; give its name and phone to add it")));
        return reasons;
    }

    private static bool SameSettings(RotationSettings a, RotationSettings b) =>
        a.Trade == b.Trade && a.Period == b.Period && a.HandoffDay == b.HandoffDay && a.HandoffTime == b.HandoffTime && a.StartDate == b.StartDate
        && WindowText.Format(a.Windows) == WindowText.Format(b.Windows);

    private static async Task SaveRotationAsync(
        HubDbContext db, PropertyRef property, string name, List<OnCallCsvRow> lines, RotationSettings? settings,
        Dictionary<string, OnCallRotationRecord> rotations, Dictionary<string, OnCallContactRecord> contacts, Dictionary<string, ContactSpec> details,
        Counts counts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!rotations.TryGetValue(name, out var rotation))
        {
            rotation = OnCallWriter.NewRotation(property.PortfolioId, name, settings!);
            rotation.PropertyId = property.PropertyId;
            rotation.Position = rotations.Count == 0 ? 0 : rotations.Values.Max(r => r.Position) + 1;
            db.OnCallRotations.Add(rotation);
            rotations.Add(name, rotation);
            counts.RotationsAdded++;
        }
        else
        {
            await db.OnCallMembers.Where(m => m.RotationId == rotation.Id).ExecuteDeleteAsync(cancellationToken);
            counts.RotationsUpdated++;
        }

        if (settings is not null)
        {
            OnCallWriter.Apply(rotation, settings, now);
        }

        var members = lines.Where(l => l.Kind == OnCallCsvKind.Member).Select(l => ContactId(db, property, l.Contact, contacts, details, counts, now)).ToList();
        var escalation = lines.Where(l => l.Kind == OnCallCsvKind.Escalation).Select(l => ContactId(db, property, l.Contact, contacts, details, counts, now)).ToList();
        OnCallWriter.AddMembers(db, rotation, members, escalation);
        counts.Members += members.Count;
    }

    private static async Task SaveOverridesAsync(
        HubDbContext db, PropertyRef property, List<OnCallCsvRow> lines, Dictionary<string, OnCallRotationRecord> rotations,
        Dictionary<string, OnCallContactRecord> contacts, Dictionary<string, ContactSpec> details, HashSet<string> accepted, OnCallCsvFile file,
        List<RowProblem> problems, Counts counts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = rotations.Values.Where(r => r.PropertyId == property.PropertyId).Select(r => r.Id).ToList();
        var existing = (await db.OnCallOverrides.AsNoTracking().Where(o => ids.Contains(o.RotationId)).ToListAsync(cancellationToken))
            .Select(o => (Record: o, Spec: ToSpec(o, rotations, contacts))).ToList();
        var taken = existing.Select(e => (e.Spec, Line: 0)).ToList();
        foreach (var line in lines)
        {
            var cover = line.Override!;
            var reason = OverrideProblem(property, line, rotations, contacts, details, accepted, file);
            if (reason is null && existing.Any(e => e.Spec == cover))
            {
                counts.OverridesUnchanged++;
                continue;
            }

            if (reason is null && taken.FirstOrDefault(t => t.Spec.Overlaps(cover)) is { Spec: not null } clash)
            {
                reason = $"overlaps the {clash.Spec.Describe()}" + (clash.Line > 0 ? $" on line {clash.Line}" : " already scheduled");
            }

            if (reason is not null)
            {
                problems.Add(new RowProblem(line.Line, reason));
                continue;
            }

            taken.Add((cover, line.Line));
            var contactId = ContactId(db, property, cover.Contact, contacts, details, counts, now);
            db.OnCallOverrides.Add(OnCallWriter.NewOverride(property.PortfolioId, rotations[cover.Rotation].Id, contactId, cover));
            counts.OverridesAdded++;
        }
    }

    private static string? OverrideProblem(
        PropertyRef property, OnCallCsvRow line, Dictionary<string, OnCallRotationRecord> rotations, Dictionary<string, OnCallContactRecord> contacts,
        Dictionary<string, ContactSpec> details, HashSet<string> accepted, OnCallCsvFile file)
    {
        var name = line.Rotation;
        if (file.SpoiledRotations.TryGetValue(name, out var spoiledBy))
        {
            return $"rotation '{name}' not imported: line {spoiledBy} is rejected";
        }

        if (file.Rows.Any(r => r.Rotation == name && r.Kind != OnCallCsvKind.Override) && !accepted.Contains(name))
        {
            return $"rotation '{name}' not imported";
        }

        if (!rotations.TryGetValue(name, out var rotation) || rotation.PropertyId != property.PropertyId)
        {
            return $"rotation '{name}' is not a rotation of {property.PropertyCode}";
        }

        return contacts.ContainsKey(line.Contact) || details.ContainsKey(line.Contact)
            ? null
            : $"contact '{line.Contact}' is not known; give its name and phone to add it";
    }

    private static OverrideSpec ToSpec(OnCallOverrideRecord o, Dictionary<string, OnCallRotationRecord> rotations, Dictionary<string, OnCallContactRecord> contacts)
    {
        if (!OnCallText.TryParseLocal(o.FromLocal, out var from) || !OnCallText.TryParseLocal(o.ToLocal, out var to))
        {
            throw new InvalidDataException($"stored override {o.Id} has a bad local time");
        }

        return new OverrideSpec(rotations.Values.Single(r => r.Id == o.RotationId).Name, contacts.Values.Single(c => c.Id == o.ContactId).Code, from, to, o.Note);
    }

    // The contact's id, adding or updating it from the file's details the first time it is used.
    private static Guid ContactId(
        HubDbContext db, PropertyRef property, string code, Dictionary<string, OnCallContactRecord> contacts, Dictionary<string, ContactSpec> details,
        Counts counts, DateTimeOffset now)
    {
        if (details.Remove(code, out var spec))
        {
            if (contacts.TryGetValue(code, out var known))
            {
                counts.ContactsUpdated += OnCallWriter.Apply(known, spec, now) ? 1 : 0;
            }
            else
            {
                known = OnCallWriter.NewContact(property.PortfolioId, spec, now);
                db.OnCallContacts.Add(known);
                contacts.Add(code, known);
                counts.ContactsAdded++;
            }
        }

        return contacts[code].Id;
    }

    private sealed class Counts
    {
        public int RotationsAdded { get; set; }

        public int RotationsUpdated { get; set; }

        public int Members { get; set; }

        public int OverridesAdded { get; set; }

        public int OverridesUnchanged { get; set; }

        public int ContactsAdded { get; set; }

        public int ContactsUpdated { get; set; }

        public bool Changed => RotationsAdded + RotationsUpdated + OverridesAdded + ContactsAdded + ContactsUpdated > 0;
    }
}
