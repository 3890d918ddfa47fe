using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Confirm: tells the caller the request is logged with its reference, and queues a text to the caller's
/// number with the same (outbox, delivered after the call has its answer).
/// </summary>
internal sealed class ConfirmBehavior : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.Confirm";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var message = context.InputText("Message") is { Length: > 0 } given ? given : "Your request is logged.";
        var reference = CallScript.Text(context.State, CreateWorkOrderBehavior.ReferenceVariable);
        CallScript.Say(context, reference is null ? message : $"{message} Your reference is {string.Join(" ", reference.Replace("-", string.Empty, StringComparison.Ordinal).ToCharArray())}.");

        var to = CallScript.Text(context.State, CallScript.CallerId);
        var from = CallScript.Text(context.State, CallScript.CalledNumber);
        if (to is null || from is null)
        {
            return ActivityOutcome.Done;
        }

        var place = CallScript.Text(context.State, CallScript.PropertyName) ?? "Maintenance";
        var text = reference is null
            ? $"{place}: we received your call. {message}"
            : await ConfirmationAsync(context, reference);
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
        return ActivityOutcome.Done;
    }

    /// <summary>The portfolio's confirmation text (its <c>messages</c> section, or the default) with the reference and what happens next.</summary>
    private static async Task<string> ConfirmationAsync(ActivityContext context, string reference)
    {
        var messages = (await RoutingPolicies.LoadAsync(context.Db, context.CancellationToken)).Messages;
        var urgency = context.State.Variables.TryGetValue(IntakeState.Triage, out var triage) ? triage?["urgency"]?.GetValue<string>() : null;
        var analysis = IntakeState.GetAnalysis(context.State);
        var resident = ResidentOnCall.Resolve(context.State, IntakeState.Turns(context.State));
        return ResidentMessages.Fill(messages.Confirmation, new Dictionary<string, string?>
        {
            ["reference"] = reference,
            ["property"] = CallScript.Text(context.State, CallScript.PropertyName),
            ["unit"] = resident?.UnitCode,
            ["category"] = analysis?.Category.ToWire(),
            ["urgency"] = urgency,
            ["nextSteps"] = urgency is null ? null : messages.NextSteps.GetValueOrDefault(urgency),
        });
    }
}
