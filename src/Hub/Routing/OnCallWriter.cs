using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// Writes a portfolio's whole on-call configuration inside the caller's unit of work and transaction (the portfolio
/// import's): contacts upserted by id and the missing ones removed, rotations upserted by name (their ids stay) and the
/// missing ones removed, members and overrides replaced.
/// </summary>
internal static class OnCallWriter
{
    public static async Task ReplaceAsync(
        HubDbContext db, Guid portfolioId, OnCallPlan plan, IReadOnlyDictionary<string, Guid> propertyIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Members and overrides point at contacts and rotations: they go first and come back from the plan.
        await db.OnCallOverrides.ExecuteDeleteAsync(cancellationToken);
        await db.OnCallMembers.ExecuteDeleteAsync(cancellationToken);

        var contacts = await db.OnCallContacts.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var spec in plan.Contacts)
        {
            if (!contacts.TryGetValue(spec.Code, out var contact))
            {
                contact = NewContact(portfolioId, spec, now);
                db.OnCallContacts.Add(contact);
                contacts.Add(spec.Code, contact);
            }

            Apply(contact, spec, now);
        }

        var wanted = plan.Contacts.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        db.OnCallContacts.RemoveRange(contacts.Values.Where(c => !wanted.Contains(c.Code)));

        var rotations = await db.OnCallRotations.ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, cancellationToken);
        for (var i = 0; i < plan.Rotations.Count; i++)
        {
            var spec = plan.Rotations[i];
            if (!rotations.TryGetValue(spec.Name, out var rotation))
            {
                rotation = NewRotation(portfolioId, spec.Name, spec.Settings);
                db.OnCallRotations.Add(rotation);
                rotations.Add(spec.Name, rotation);
            }

            rotation.PropertyId = spec.Property is null ? null : propertyIds[spec.Property];
            rotation.TimeZone = spec.Property is null ? spec.TimeZone : null;
            rotation.Position = i;
            Apply(rotation, spec.Settings, now);
            AddMembers(db, rotation, spec.Members.Select(m => contacts[m].Id).ToList(), spec.Escalation.Select(m => contacts[m].Id).ToList());
        }

        var names = plan.Rotations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        db.OnCallRotations.RemoveRange(rotations.Values.Where(r => !names.Contains(r.Name)));
        foreach (var cover in plan.Overrides)
        {
            db.OnCallOverrides.Add(NewOverride(portfolioId, rotations[cover.Rotation].Id, contacts[cover.Contact].Id, cover));
        }

        db.Changes.Add(new ChangeRecord { PortfolioId = portfolioId, Topic = ChangeTopics.OnCall, Subject = portfolioId.ToString(), At = now });
    }

    public static OnCallContactRecord NewContact(Guid portfolioId, ContactSpec spec, DateTimeOffset now) => new()
    {
        PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Code = spec.Code, Name = spec.Name, Phone = spec.Phone, Email = spec.Email, Role = spec.Role.ToWire(), UpdatedAt = now,
    };

    /// <summary>Sets the contact's fields; true when something changed.</summary>
    public static bool Apply(OnCallContactRecord contact, ContactSpec spec, DateTimeOffset now)
    {
        var role = spec.Role.ToWire();
        if (contact.Name == spec.Name && contact.Phone == spec.Phone && contact.Email == spec.Email && contact.Role == role)
        {
            return false;
        }

        (contact.Name, contact.Phone, contact.Email, contact.Role, contact.UpdatedAt) = (spec.Name, spec.Phone, spec.Email, role, now);
        return true;
    }

    public static OnCallRotationRecord NewRotation(Guid portfolioId, string name, RotationSettings settings) => new()
    {
        PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Name = name, Trade = settings.Trade, Period = settings.Period.ToWire(), WindowsJson = "[]",
    };

    public static void Apply(OnCallRotationRecord rotation, RotationSettings settings, DateTimeOffset now)
    {
        rotation.Trade = settings.Trade;
        rotation.Period = settings.Period.ToWire();
        rotation.HandoffDay = settings.HandoffDayText;
        rotation.HandoffTime = settings.HandoffTime;
        rotation.StartDate = settings.StartDate;
        rotation.WindowsJson = WindowsJson.Write(settings.Windows);
        rotation.UpdatedAt = now;
    }

    public static void AddMembers(HubDbContext db, OnCallRotationRecord rotation, IReadOnlyList<Guid> members, IReadOnlyList<Guid> escalation)
    {
        foreach (var (list, isEscalation) in new[] { (members, false), (escalation, true) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                db.OnCallMembers.Add(new OnCallMemberRecord
                {
                    PortfolioId = rotation.PortfolioId, RotationId = rotation.Id, Escalation = isEscalation, Position = i, ContactId = list[i],
                });
            }
        }
    }

    public static OnCallOverrideRecord NewOverride(Guid portfolioId, Guid rotationId, Guid contactId, OverrideSpec spec) => new()
    {
        PortfolioId = portfolioId,
        Id = Guid.CreateVersion7(),
        RotationId = rotationId,
        ContactId = contactId,
        FromLocal = OnCallText.FormatLocal(spec.From),
        ToLocal = OnCallText.FormatLocal(spec.To),
        Note = spec.Note,
    };
}
