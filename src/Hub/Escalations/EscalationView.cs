using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>An escalation as `aipc escalations list` and `aipc calls show` print it: its pages and how each ended. Phones masked.</summary>
internal sealed record EscalationView(
    string Id,
    string CallSid,
    string WorkOrder,
    string Property,
    string? Unit,
    string Trade,
    string Code,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? AcknowledgedBy,
    string? AcknowledgedVia,
    IReadOnlyList<EscalationView.Step> Steps)
{
    public static async Task<IReadOnlyList<EscalationView>> LoadAsync(HubDbContext db, string? callSid, int limit, CancellationToken cancellationToken)
    {
        var query = db.Escalations.AsNoTracking().Include(e => e.Steps).AsSplitQuery();
        var rows = await (callSid is null ? query : query.Where(e => e.Subject == callSid))
            .OrderByDescending(e => e.StartedAt).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(e => new EscalationView(
                e.Id.ToString("N"), e.Subject, e.WorkOrderRef, e.PropertyCode, e.UnitCode, e.Trade, e.AckCode, e.Status, e.StartedAt, e.EndedAt, e.AcknowledgedBy,
                e.AcknowledgedVia,
                e.Steps.OrderBy(s => s.Number).Select(s => new Step(
                    s.Number, s.Tier, s.Attempt, s.ContactCode, s.ContactName, s.Phone is null ? null : OnCallContact.MaskPhone(s.Phone), s.Channel, s.SentAt, s.DueAt,
                    s.AcknowledgedAt, s.TimedOutAt)).ToList()))
            .ToList();
    }

    public sealed record Step(
        int Number,
        string Tier,
        int Attempt,
        string? Contact,
        string? Name,
        string? Phone,
        string Channel,
        DateTimeOffset SentAt,
        DateTimeOffset DueAt,
        DateTimeOffset? AcknowledgedAt,
        DateTimeOffset? TimedOutAt);
}
