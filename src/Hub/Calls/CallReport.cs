using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>Everything the hub knows about one call, for `aipc call` and `aipc calls show`: the conversation, the decision, its effects, the trail.</summary>
internal sealed record CallReport(
    string CallSid,
    string Status,
    string PropertyCode,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? ResidentExternalId,
    string? UnitCode,
    IReadOnlyList<CallReport.Line> Transcript,
    CallReport.Decision? Triage,
    IReadOnlyList<CallReport.WorkOrder> WorkOrders,
    IReadOnlyList<CallReport.Notification> Notifications,
    IReadOnlyList<Escalations.EscalationView> Escalations,
    IReadOnlyList<CallReport.TrailEntry> Trail)
{
    /// <summary>Whether every work order, text and call this call queued is delivered, failed or dead.</summary>
    public bool Settled => WorkOrders.All(w => OutboxStatus.IsSettled(w.Status)) && Notifications.All(n => OutboxStatus.IsSettled(n.Status));

    public static async Task<CallReport?> LoadAsync(HubDbContext db, string callSid, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.CallSid == callSid, cancellationToken);
        if (call is null)
        {
            return null;
        }

        var property = await db.Properties.AsNoTracking().Where(p => p.Id == call.PropertyId).Select(p => p.Code).SingleAsync(cancellationToken);
        var lines = await db.CallTurns.AsNoTracking().Where(t => t.CallId == call.Id).OrderBy(t => t.Seq)
            .Select(t => new Line(t.Speaker, t.Text, t.Confidence, t.At)).ToListAsync(cancellationToken);
        var outbox = await db.Outbox.AsNoTracking().Where(o => o.Subject == callSid).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var trail = (await db.AuditEntries.AsNoTracking().Where(a => a.Subject == callSid).ToListAsync(cancellationToken))
            .OrderBy(a => a.Id).Select(a => new TrailEntry(a.At, a.Kind, a.Detail)).ToList();
        var reasons = trail.LastOrDefault(t => t.Kind == "triage") is { } decided
            ? (JsonNode.Parse(decided.Detail)?["reasons"] as JsonArray ?? []).Select(r => r?.GetValue<string>() ?? string.Empty).ToList()
            : [];
        var triage = call.Urgency is null ? null : new Decision(call.Category ?? "general", call.Urgency, call.LifeSafety, call.Rule ?? string.Empty, reasons);

        var workOrders = outbox.Where(o => o.Kind == OutboxKinds.WorkOrder).Select(o =>
        {
            var order = WorkOrderPayload.Read(o.PayloadJson);
            return new WorkOrder(o.Id.ToString("N"), order.Reference, order.PropertyCode, order.UnitCode, order.ResidentExternalId, order.Category, order.Urgency,
                o.Status, o.Attempts, o.ExternalId, o.LastError);
        }).ToList();
        var notifications = outbox.Where(o => o.Kind is OutboxKinds.Sms or OutboxKinds.PageCall)
            .Select(o => new Notification(o.Id.ToString("N"), o.Kind == OutboxKinds.Sms ? "sms" : "call", Recipient(o.CorrelationKey), o.Status, o.Attempts, o.ExternalId, o.LastError))
            .ToList();
        var escalations = await AiPhoneCoverage.Hub.Escalations.EscalationView.LoadAsync(db, callSid, limit: 10, cancellationToken);
        return new CallReport(call.CallSid, call.Status, property, call.StartedAt, call.EndedAt, call.ResidentExternalId, call.UnitCode,
            lines, triage, workOrders, notifications, escalations, trail);
    }

    /// <summary>Who a queued text or call is for, from its correlation key (the payload's number is personal data).</summary>
    private static string Recipient(string correlationKey) => correlationKey.Split(':') switch
    {
        [_, "page", _, var step, _] => $"on-call (page {step})",
        [_, "accepted", ..] => "technician (accepted)",
        [_, "standdown", _, var contact] => $"{contact} (stand down)",
        [_, "answer"] => "technician (answer)",
        [_, var kind, ..] when kind.StartsWith("vendor", StringComparison.Ordinal) => "vendor",
        _ => "caller",
    };

    public sealed record Line(string Speaker, string Text, double? Confidence, DateTimeOffset At);

    public sealed record Decision(string Category, string Urgency, bool LifeSafety, string Rule, IReadOnlyList<string> Reasons);

    public sealed record WorkOrder(
        string Id, string Reference, string Property, string? Unit, string? Resident, string Category, string Urgency, string Status, int Attempts, string? ExternalId, string? Error);

    public sealed record Notification(string Id, string Channel, string To, string Status, int Attempts, string? ExternalId, string? Error);

    public sealed record TrailEntry(DateTimeOffset At, string Kind, string Detail)
    {
        public JsonElement DetailJson => JsonDocument.Parse(Detail).RootElement.Clone();
    }
}
