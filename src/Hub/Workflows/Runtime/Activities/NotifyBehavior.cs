using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.Notify: pages the escalation's next tier, read from the portfolio's escalation policy (the tiers are
/// data, not activities): the tier's contact is asked of the on-call schedule now, texted (with the ACK code and a
/// signed link) and/or called ("press 1"), each as an outbox row in this unit of work. A tier that finds nobody, or
/// only someone an earlier tier paged, is skipped; past the last tier the flow takes Exhausted.
/// </summary>
internal sealed class NotifyBehavior(PageTargets targets, PortfolioCodes codes, TelephonyAccounts accounts, AckLinks links, IConfiguration configuration) : IActivityBehavior
{
    public string TypeName => "AiPhoneCoverage.Notify";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        if (!Guid.TryParseExact(CallScript.Text(context.State, EscalationVariables.EscalationId), "N", out var escalationId)
            || await EscalationStore.FindAsync(context.Db, escalationId, context.CancellationToken) is not { } escalation)
        {
            return ActivityOutcome.Fault("Notify runs in an Escalation workflow started for an emergency work order (no EscalationId)");
        }

        if (escalation.Status != EscalationStatus.Paging)
        {
            return ActivityOutcome.Take("Exhausted");
        }

        var policy = (await RoutingPolicies.LoadAsync(context.Db, context.CancellationToken)).Escalation;
        var steps = await EscalationStore.StepsAsync(context.Db, escalation.Id, context.CancellationToken);
        var (tier, attempt) = Next(context.State, policy);
        var property = await PropertyAsync(context, escalation);
        while (tier < policy.Tiers.Count)
        {
            var current = policy.Tiers[tier];
            var (contact, why) = property is null
                ? (null, $"property '{escalation.PropertyCode}' is not in the portfolio")
                : await targets.ResolveAsync(context.Db, property, escalation.Trade, current.Target, OnCallInstant(context), context.CancellationToken);
            if (contact is not null && steps.Exists(s => s.ContactCode == contact.Code && s.Tier != current.Name))
            {
                why = $"{contact.Code} was already paged by an earlier tier";
                contact = null;
            }

            if (contact is null)
            {
                context.Audit("page_skipped", new { reference = escalation.WorkOrderRef, tier = current.Name, reason = why });
                (tier, attempt) = (tier + 1, 1);
                continue;
            }

            var step = await PageAsync(context, escalation, current, attempt, contact, steps.Count + 1);
            context.SetVariable(EscalationVariables.Tier, JsonValue.Create(tier));
            context.SetVariable(EscalationVariables.Attempt, JsonValue.Create(attempt));
            context.SetVariable(EscalationVariables.StepId, JsonValue.Create(step.Id.ToString("N")));
            context.SetVariable(EscalationVariables.TimeoutSeconds, JsonValue.Create((int)current.Timeout.TotalSeconds));
            return ActivityOutcome.Done;
        }

        Exhaust(context, escalation, steps.Count);
        return ActivityOutcome.Take("Exhausted");
    }

    /// <summary>Now, or for a demo call placed with `--at`, now shifted to that local time.</summary>
    private static DateTimeOffset OnCallInstant(ActivityContext context) =>
        context.Time.GetUtcNow() + TimeSpan.FromSeconds(CallScript.Number(context.State, CallScript.ClockOffsetSeconds) ?? 0);

    /// <summary>The tier and page after the last one: the same tier again while it has repeats left, else the next tier.</summary>
    private static (int Tier, int Attempt) Next(WorkflowState state, EscalationPolicy policy)
    {
        if (CallScript.Number(state, EscalationVariables.Tier) is not { } last)
        {
            return (0, 1);
        }

        var (tier, attempt) = ((int)last, (int)(CallScript.Number(state, EscalationVariables.Attempt) ?? 1));
        return tier < policy.Tiers.Count && attempt < policy.Tiers[tier].Pages ? (tier, attempt + 1) : (tier + 1, 1);
    }

    private async Task<PropertyRef?> PropertyAsync(ActivityContext context, EscalationRecord escalation)
    {
        var property = await context.Db.Properties.AsNoTracking().Where(p => p.Code == escalation.PropertyCode)
            .Select(p => new { p.Id, p.Code, p.PmsPlugin }).SingleOrDefaultAsync(context.CancellationToken);
        return property is null
            ? null
            : new PropertyRef(context.PortfolioId, await codes.CodeOfAsync(context.PortfolioId, context.CancellationToken), property.Id, property.Code, property.PmsPlugin);
    }

    private async Task<EscalationStepRecord> PageAsync(ActivityContext context, EscalationRecord escalation, EscalationTier tier, int attempt, OnCallContact contact, int number)
    {
        var now = context.Time.GetUtcNow();
        var step = new EscalationStepRecord
        {
            PortfolioId = context.PortfolioId,
            Id = Guid.CreateVersion7(now),
            EscalationId = escalation.Id,
            Number = number,
            Tier = tier.Name,
            Attempt = attempt,
            ContactCode = contact.Code,
            ContactName = contact.Name,
            Phone = contact.Phone,
            Channel = string.Join('+', tier.Channels),
            SentAt = now,
            DueAt = now + tier.Timeout,
        };
        context.Db.EscalationSteps.Add(step);

        var portfolioCode = await codes.CodeOfAsync(context.PortfolioId, context.CancellationToken);
        var from = escalation.HubNumber ?? await HubNumberAsync(context, escalation);
        var key = $"{escalation.Subject}:page:{escalation.AckCode}:{number}";
        if (from is not null && tier.Channels.Contains(EscalationChannels.Sms))
        {
            var link = accounts.For(portfolioCode)?.PublicBaseUrl is { } baseUrl
                ? new Uri(baseUrl, $"/ack/{links.Token(context.PortfolioId, step.Id, now)}").ToString()
                : null;
            OutboxQueue.Sms(context.Db, context.PortfolioId, escalation.Subject, key + ":sms", new SmsPayload(from, contact.Phone, PageTexts.Sms(escalation, link)), now);
        }

        if (from is not null && tier.Channels.Contains(EscalationChannels.Voice))
        {
            var provider = configuration["Telephony:Provider"] ?? "twilio";
            var reply = $"/telephony/{provider}/{portfolioCode}/reply?step={step.Id:N}";
            OutboxQueue.Add(context.Db, context.PortfolioId, OutboxKinds.PageCall, escalation.Subject, key + ":voice",
                new PageCallPayload(from, contact.Phone, PageTexts.Voice(escalation), reply).ToJson(), now);
        }

        context.Audit("page_sent", new
        {
            reference = escalation.WorkOrderRef, step = number, tier = tier.Name, attempt, contact = contact.Code, role = contact.Role.ToString().ToLowerInvariant(),
            channels = tier.Channels, due = step.DueAt,
        });
        return step;
    }

    private static async Task<string?> HubNumberAsync(ActivityContext context, EscalationRecord escalation) =>
        await context.Db.PropertyPhoneNumbers.AsNoTracking()
            .Where(n => context.Db.Properties.Any(p => p.Id == n.PropertyId && p.Code == escalation.PropertyCode))
            .OrderBy(n => n.Number).Select(n => n.Number).FirstOrDefaultAsync(context.CancellationToken);

    private static void Exhaust(ActivityContext context, EscalationRecord escalation, int pages)
    {
        var now = context.Time.GetUtcNow();
        escalation.Status = EscalationStatus.Exhausted;
        escalation.EndedAt = now;
        context.Audit("escalation_exhausted", new { reference = escalation.WorkOrderRef, pages });
        if (escalation.ResidentPhone is { } resident && escalation.HubNumber is { } from)
        {
            OutboxQueue.Sms(context.Db, context.PortfolioId, escalation.Subject, $"{escalation.Subject}:stilltrying:{escalation.AckCode}",
                new SmsPayload(from, resident, PageTexts.StillTrying(escalation.WorkOrderRef)), now);
        }
    }
}
