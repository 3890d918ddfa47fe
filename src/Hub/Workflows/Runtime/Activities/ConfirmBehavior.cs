using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Confirm: tells the caller the request is logged with its reference, and queues a text to the caller's
/// number with the same (outbox, delivered after the call has its answer).
/// </summary>
internal sealed class ConfirmBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.Confirm";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var message = context.InputText("Message") is { Length: > 0 } given ? given : "Your request is logged.";
        var reference = CallScript.Text(context.State, CreateWorkOrderBehavior.ReferenceVariable);
        CallScript.Say(context, reference is null ? message : $"{message} Your reference is {string.Join(" ", reference.Replace("-", string.Empty, StringComparison.Ordinal).ToCharArray())}.");

        var to = CallScript.Text(context.State, CallScript.CallerId);
        var from = CallScript.Text(context.State, CallScript.CalledNumber);
        if (to is null || from is null)
        {
            return ValueTask.FromResult(ActivityOutcome.Done);
        }

        var place = CallScript.Text(context.State, CallScript.PropertyName) ?? "Maintenance";
        var text = reference is null
            ? $"{place}: we received your call. {message}"
            : $"{place}: your maintenance request is logged, reference {reference}. {UrgencyLine(context)} Reply here or call us for updates.";
        var now = context.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        context.Db.Outbox.Add(new OutboxRecord
        {
            PortfolioId = context.PortfolioId,
            Id = id,
            Kind = OutboxKinds.Sms,
            Subject = context.Subject,
            CorrelationKey = $"{context.Subject}:confirm:{context.Activity.Id}",
            PayloadJson = new SmsPayload(from, to, text).ToJson(),
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        });
        context.Audit("notification_queued", new { id = id.ToString("N"), channel = "sms", to = "caller", reference });
        return ValueTask.FromResult(ActivityOutcome.Done);
    }

    private static string UrgencyLine(ActivityContext context) =>
        context.State.Variables.TryGetValue(IntakeState.Triage, out var triage) && triage?["urgency"]?.GetValue<string>() is { } urgency
            ? urgency switch
            {
                "emergency" => "It is an emergency: the on-call team is being alerted now.",
                "urgent" => "It is urgent: we will be in touch within 24 hours.",
                _ => "We will schedule it and let you know.",
            }
            : string.Empty;
}
