using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A portfolio's on-call configuration as the portfolio file's <c>contacts</c> and <c>onCall</c> sections.</summary>
internal static class OnCallExport
{
    /// <summary>Both sections, or nulls when the portfolio has no contacts and no rotations.</summary>
    public static async Task<(IReadOnlyList<ContactDocument>? Contacts, OnCallDocument? OnCall)> ExportAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var contacts = await db.OnCallContacts.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var rotations = await db.OnCallRotations.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        if (contacts.Count == 0 && rotations.Count == 0)
        {
            return (null, null);
        }

        var codes = contacts.ToDictionary(c => c.Id, c => c.Code);
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var members = (await db.OnCallMembers.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.RotationId);
        var overrides = (await db.OnCallOverrides.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(o => o.RotationId);

        var onCall = new OnCallDocument
        {
            Rotations = rotations.Select(r => ToDocument(r, properties, members[r.Id], codes)).ToList(),
            Overrides = rotations.SelectMany(r => overrides[r.Id].OrderBy(o => o.FromLocal, StringComparer.Ordinal).Select(o => new OverrideDocument
            {
                Rotation = r.Name, Contact = codes[o.ContactId], From = o.FromLocal, To = o.ToLocal, Note = o.Note,
            })).ToList(),
        };
        var contactDocuments = contacts.Select(c => new ContactDocument { Id = c.Code, Name = c.Name, Phone = c.Phone, Email = c.Email, Role = c.Role }).ToList();
        return (contactDocuments, onCall with { Overrides = onCall.Overrides!.Count == 0 ? null : onCall.Overrides });
    }

    private static RotationDocument ToDocument(
        OnCallRotationRecord rotation, Dictionary<Guid, string> properties, IEnumerable<OnCallMemberRecord> members, Dictionary<Guid, string> codes)
    {
        var windows = WindowsJson.Read(rotation.WindowsJson);
        var escalation = members.Where(m => m.Escalation).OrderBy(m => m.Position).Select(m => codes[m.ContactId]).ToList();
        return new RotationDocument
        {
            Name = rotation.Name,
            Property = rotation.PropertyId is { } id ? properties[id] : null,
            TimeZone = rotation.TimeZone,
            Trade = rotation.Trade,
            Period = rotation.Period,
            HandoffDay = rotation.HandoffDay,
            HandoffTime = OnCallText.Format(rotation.HandoffTime),
            Start = OnCallText.Format(rotation.StartDate),
            Members = members.Where(m => !m.Escalation).OrderBy(m => m.Position).Select(m => codes[m.ContactId]).ToList(),
            Escalation = escalation.Count == 0 ? null : escalation,
            Windows = windows.Count == 0 ? null : windows.Select(WindowDocument.Of).ToList(),
        };
    }
}
