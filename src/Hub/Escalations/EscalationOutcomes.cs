using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// How a page's wait ends, written in the unit of work of the resume that ended it: the runner lets exactly one of the
/// acknowledgement and the timeout resume the wait, so a step is acknowledged or timed out, never both.
/// </summary>
internal static class EscalationOutcomes
{
    public static async Task TimedOutAsync(ActivityContext context)
    {
        if (await CurrentAsync(context) is not { } current)
        {
            return;
        }

        current.Step.TimedOutAt = context.Time.GetUtcNow();
        context.Audit("page_timed_out", new { reference = current.Escalation.WorkOrderRef, step = current.Step.Number, tier = current.Step.Tier, contact = current.Step.ContactCode });
    }

    public static async Task AcknowledgedAsync(ActivityContext context, Acknowledgement acknowledgement)
    {
        if (await CurrentAsync(context) is not { } current)
        {
            return;
        }

        var (escalation, step) = current;
        var now = context.Time.GetUtcNow();
        step.AcknowledgedAt = now;
        escalation.Status = EscalationStatus.Acknowledged;
        escalation.AcknowledgedBy = acknowledgement.ContactCode;
        escalation.AcknowledgedVia = acknowledgement.Via;
        escalation.EndedAt = now;
        context.Audit("page_acknowledged", new
        {
            reference = escalation.WorkOrderRef, step = step.Number, tier = step.Tier, by = acknowledgement.ContactCode, via = acknowledgement.Via,
            afterSeconds = (long)(now - escalation.StartedAt).TotalSeconds,
        });
        await SlaClocks.MeetAsync(context.Db, escalation.WorkOrderId, SlaPolicy.Acknowledge, now, context.CancellationToken);

        var from = escalation.HubNumber;
        if (from is null)
        {
            return;
        }

        var steps = await EscalationStore.StepsAsync(context.Db, escalation.Id, context.CancellationToken);
        var accepter = steps.FirstOrDefault(s => s.ContactCode == acknowledgement.ContactCode)?.Phone;
        if (accepter is not null)
        {
            OutboxQueue.Sms(context.Db, context.PortfolioId, escalation.Subject, $"{escalation.Subject}:accepted:{escalation.AckCode}", new SmsPayload(from, accepter, PageTexts.Accepted(escalation)), now);
        }

        foreach (var other in steps.Where(s => s.Phone is not null && s.ContactCode != acknowledgement.ContactCode).DistinctBy(s => s.ContactCode))
        {
            OutboxQueue.Sms(context.Db, context.PortfolioId, escalation.Subject, $"{escalation.Subject}:standdown:{escalation.AckCode}:{other.ContactCode}",
                new SmsPayload(from, other.Phone!, PageTexts.StandDown(escalation, acknowledgement.ContactName)), now);
        }

        if (escalation.ResidentPhone is { } resident)
        {
            var messages = (await RoutingPolicies.LoadAsync(context.Db, context.CancellationToken)).Messages;
            var text = ResidentMessages.Fill(messages.TechnicianOnTheWay, new Dictionary<string, string?>
            {
                ["technician"] = acknowledgement.ContactName, ["reference"] = escalation.WorkOrderRef, ["property"] = escalation.PropertyCode,
                ["unit"] = escalation.UnitCode, ["urgency"] = "emergency",
            });
            OutboxQueue.Sms(context.Db, context.PortfolioId, escalation.Subject, $"{escalation.Subject}:onway:{escalation.AckCode}", new SmsPayload(from, resident, text), now);
            context.Audit("notification_queued", new { channel = "sms", to = "caller", reference = escalation.WorkOrderRef, message = "technician_on_the_way" });
        }
    }

    private static async Task<(EscalationRecord Escalation, EscalationStepRecord Step)?> CurrentAsync(ActivityContext context)
    {
        if (!Guid.TryParseExact(CallScript.Text(context.State, EscalationVariables.EscalationId), "N", out var escalationId)
            || !Guid.TryParseExact(CallScript.Text(context.State, EscalationVariables.StepId), "N", out var stepId)
            || await EscalationStore.FindAsync(context.Db, escalationId, context.CancellationToken) is not { } escalation)
        {
            return null;
        }

        var steps = await EscalationStore.StepsAsync(context.Db, escalationId, context.CancellationToken);
        return steps.FirstOrDefault(s => s.Id == stepId) is { } step ? (escalation, step) : null;
    }
}
