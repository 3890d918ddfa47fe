using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>
/// The numbers a portfolio's workflows may dial or text when a definition names one: what its portfolio file lists,
/// that is its properties' emergency lines and its on-call contacts, all stored as E.164. A definition that names any
/// other is refused on publish (<see cref="TransferTargets"/>), so a designer key cannot send residents' calls elsewhere.
/// </summary>
internal static class DialableNumbers
{
    public static async Task<IReadOnlySet<string>> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var lines = await db.Properties.AsNoTracking().Where(p => p.EmergencyLine != null).Select(p => p.EmergencyLine!).ToListAsync(cancellationToken);
        var contacts = await db.OnCallContacts.AsNoTracking().Select(c => c.Phone).ToListAsync(cancellationToken);
        return lines.Concat(contacts).ToHashSet(StringComparer.Ordinal);
    }
}
