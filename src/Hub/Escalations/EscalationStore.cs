using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>Reads escalations and their steps in a unit of work, including rows added to it and not yet saved.</summary>
internal static class EscalationStore
{
    public static async Task<EscalationRecord?> FindAsync(HubDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Escalations.Local.FirstOrDefault(e => e.Id == id)
        ?? await db.Escalations.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public static async Task<List<EscalationStepRecord>> StepsAsync(HubDbContext db, Guid escalationId, CancellationToken cancellationToken)
    {
        var stored = await db.EscalationSteps.Where(s => s.EscalationId == escalationId).ToListAsync(cancellationToken);
        return stored.Union(db.EscalationSteps.Local.Where(s => s.EscalationId == escalationId)).OrderBy(s => s.Number).ToList();
    }

    /// <summary>A fresh four-digit code no open escalation of the portfolio uses.</summary>
    public static async Task<string> NewAckCodeAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.Escalations.Where(e => e.Status == EscalationStatus.Paging).Select(e => e.AckCode).ToListAsync(cancellationToken);
        var taken = open.Concat(db.Escalations.Local.Select(e => e.AckCode)).ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            var code = System.Security.Cryptography.RandomNumberGenerator.GetInt32(1000, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(code))
            {
                return code;
            }
        }
    }
}
