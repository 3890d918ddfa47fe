using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>
/// The numbers a portfolio's workflows may dial or text when a definition names one: what its portfolio file lists,
/// that is its properties' emergency lines, its on-call contacts and its <c>allowedTransferNumbers</c>, all stored as E.164. A definition that names any
/// other is refused on publish (<see cref="TransferTargets"/>), so a designer key cannot send residents' calls elsewhere.
/// </summary>
internal static class DialableNumbers
{
    public static async Task<IReadOnlySet<string>> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var lines = await db.Properties.AsNoTracking().Where(p => p.EmergencyLine != null).Select(p => p.EmergencyLine!).ToListAsync(cancellationToken);
        var contacts = await db.OnCallContacts.AsNoTracking().Select(c => c.Phone).ToListAsync(cancellationToken);
        var listed = await db.Portfolios.AsNoTracking().Select(p => p.AllowedTransferNumbersJson).SingleOrDefaultAsync(cancellationToken);
        var allowed = listed is null ? [] : JsonSerializer.Deserialize<List<string>>(listed) ?? [];
        return lines.Concat(contacts).Concat(allowed).ToHashSet(StringComparer.Ordinal);
    }
}
