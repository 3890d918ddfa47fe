using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Sla;

/// <summary>
/// Starts and stops a work order's SLA clocks inside the caller's unit of work. A clock is met by the event its target
/// names (an acknowledged page or an accepted dispatch meets <c>acknowledge</c> and <c>respond</c>; the technician's
/// ONSITE and DONE texts meet <c>on_site</c> and <c>contained</c>); the SLA worker notes near-breach and breach when
/// the clock's durable timer (<see cref="SlaClockRecord.NextCheckAt"/>) comes due.
/// </summary>
internal static class SlaClocks
{
    /// <summary>The targets an event meets.</summary>
    public static IReadOnlyList<string> MetBy(string sla) => sla switch
    {
        SlaPolicy.Acknowledge or SlaPolicy.Respond => [SlaPolicy.Acknowledge, SlaPolicy.Respond],
        _ => [sla],
    };

    /// <summary>Adds one clock per target of the work order's urgency.</summary>
    public static void Start(HubDbContext db, SlaPolicy policy, SlaStart start)
    {
        foreach (var target in policy.For(start.Urgency))
        {
            var due = start.StartedAt + target.Within;
            var nearBreach = start.StartedAt + (target.Within * policy.NearBreachAt);
            db.SlaClocks.Add(new SlaClockRecord
            {
                PortfolioId = db.Scope.PortfolioId,
                Id = Guid.CreateVersion7(start.StartedAt),
                Subject = start.Subject,
                WorkOrderId = start.WorkOrderId,
                WorkOrderRef = start.WorkOrderRef,
                PropertyId = start.PropertyId,
                PropertyCode = start.PropertyCode,
                Urgency = start.Urgency,
                Target = target.Name,
                StartedAt = start.StartedAt,
                DueAt = due,
                NearBreachAt = nearBreach,
                NextCheckAt = nearBreach,
            });
        }
    }

    /// <summary>Stops the work order's open clocks this event meets; returns the clocks it stopped.</summary>
    public static async Task<IReadOnlyList<SlaClockRecord>> MeetAsync(HubDbContext db, Guid workOrderId, string sla, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var targets = MetBy(sla);
        var open = await db.SlaClocks.Where(c => c.WorkOrderId == workOrderId && c.MetAt == null && targets.Contains(c.Target)).ToListAsync(cancellationToken);
        foreach (var clock in open)
        {
            clock.MetAt = at;
            clock.BreachedAt ??= at > clock.DueAt ? clock.DueAt : null;
            clock.NextCheckAt = null;
            clock.Revision++;
            db.AuditEntries.Add(new AuditEntryRecord
            {
                PortfolioId = clock.PortfolioId,
                Id = AuditIds.Next(at),
                Subject = clock.Subject,
                At = at,
                Kind = at <= clock.DueAt ? "sla_met" : "sla_met_late",
                Detail = JsonSerializer.Serialize(
                    new { workOrder = clock.WorkOrderRef, target = clock.Target, urgency = clock.Urgency, due = clock.DueAt, elapsedSeconds = (long)(at - clock.StartedAt).TotalSeconds },
                    AuditJson.Options),
            });
        }

        return open;
    }
}
