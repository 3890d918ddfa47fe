using System.Globalization;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Runtime;
using AiPhoneCoverage.Hub.Workflows.Runtime.Activities;
using AiPhoneCoverage.Sdk;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// A call's conversation inside one webhook's unit of work: the incoming call starts the portfolio's published Intake
/// workflow with the call's facts, each answer resumes it with the caller's words (the same path as `aipc triage`), and
/// what the activities emitted becomes the reply. The transcript, the call's state and the audit trail change in the
/// same transaction as the workflow's state and outbox rows; the caller commits it.
/// </summary>
internal sealed class CallConversation(WorkflowRunner runner, TimeProvider time)
{
    public const string IntakeWorkflow = "intake";

    public async Task<IReadOnlyList<CallAction>?> StartAsync(HubDbContext db, CallStarted started, TimeOnly? localTimeOverride, CancellationToken cancellationToken)
    {
        var property = await (
                from number in db.PropertyPhoneNumbers
                join p in db.Properties on new { number.PortfolioId, Id = number.PropertyId } equals new { p.PortfolioId, p.Id }
                where number.Number == started.To
                select p)
            .SingleOrDefaultAsync(cancellationToken);
        if (property is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var call = new CallRecord
        {
            PortfolioId = db.Scope.PortfolioId, Id = Guid.CreateVersion7(now), CallSid = started.CallId, PropertyId = property.Id,
            FromNumber = started.From, ToNumber = started.To, Status = CallStatusOrder.Ringing, StartedAt = now, UpdatedAt = now,
        };
        db.Calls.Add(call);
        var localTime = localTimeOverride ?? TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ZoneOf(property.TimeZone)).DateTime);
        var input = new Dictionary<string, JsonNode?>
        {
            [CallScript.CallSid] = started.CallId,
            [CallScript.CallerId] = started.From,
            [CallScript.CalledNumber] = started.To,
            [CallScript.PropertyId] = property.Id.ToString(),
            ["PropertyCode"] = property.Code,
            [CallScript.PropertyName] = property.Name,
            [CallScript.EmergencyLine] = property.EmergencyLine,
            [IntakeState.Context] = new JsonObject { ["local_time"] = localTime.ToString("HH:mm", CultureInfo.InvariantCulture) },
        };
        if (localTimeOverride is { } at)
        {
            // `aipc call --at`: the on-call schedule is asked at that local time today, so a demo pages the after-hours rotation.
            var zone = ZoneOf(property.TimeZone);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var instant = Routing.LocalTimes.ToInstant(today.ToDateTime(at), zone);
            input[CallScript.ClockOffsetSeconds] = (long)(instant - now).TotalSeconds;
        }

        Audit(db, call, "call_started", new { property = property.Code, local_time = localTime.ToString("HH:mm", CultureInfo.InvariantCulture), clock_override = localTimeOverride is not null });
        var instance = await runner.StartAsync(db, IntakeWorkflow, $"call:{started.CallId}", input, cancellationToken);
        call.WorkflowInstanceId = instance.Id;
        return Conclude(db, call, instance);
    }

    public async Task<IReadOnlyList<CallAction>> AnswerAsync(HubDbContext db, CallRecord call, CallerAnswered answered, CancellationToken cancellationToken)
    {
        var words = answered.Speech.Length > 0 ? answered.Speech : answered.Digits;
        if (words.Length > 0)
        {
            AddLine(db, call, Speaker.Caller, words, answered.Confidence);
        }

        if (CallStatusOrder.Advances(call.Status, CallStatusOrder.InProgress))
        {
            call.Status = CallStatusOrder.InProgress;
        }

        // The runner loads and tracks the instance; it is read once per turn, from the unit of work afterwards.
        var instanceId = call.WorkflowInstanceId!.Value;
        await runner.ResumeNextAsync(db, instanceId, new ResumeInput(BookmarkKinds.Input, JsonValue.Create(words)), cancellationToken);
        var instance = db.WorkflowInstances.Local.SingleOrDefault(i => i.Id == instanceId)
            ?? await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        return Conclude(db, call, instance);
    }

    public void Audit(HubDbContext db, CallRecord call, string kind, object detail) => db.AuditEntries.Add(new AuditEntryRecord
    {
        PortfolioId = call.PortfolioId,
        Id = AuditIds.Next(time.GetUtcNow()),
        Subject = call.CallSid,
        At = time.GetUtcNow(),
        Kind = kind,
        Detail = System.Text.Json.JsonSerializer.Serialize(detail, AuditJson.Options),
    });

    /// <summary>What the activities emitted, made whole: a finished workflow hangs up, a faulted one apologises and hands over.</summary>
    private List<CallAction> Conclude(HubDbContext db, CallRecord call, WorkflowInstanceRecord instance)
    {
        var state = instance.State ?? WorkflowStateJson.Read(instance.StateJson);
        var actions = state.Emitted.ToList();
        if (instance.Status == WorkflowStatus.Faulted)
        {
            Audit(db, call, "workflow_faulted", new { activity = state.Fault?.ActivityId, message = state.Fault?.Message });
            var line = CallScript.Text(state, CallScript.EmergencyLine);
            actions.Add(new Say("I'm sorry, I couldn't finish taking your request."));
            actions.AddRange(line is null
                ? [new Say("Please call back in a few minutes, or call 911 if anyone is in danger."), new Hangup()]
                : [new Say("Let me connect you to a person."), new Transfer(line)]);
        }
        else if (!actions.Exists(a => a is Ask or Hangup or Transfer or RecordMessage))
        {
            actions.Add(new Hangup());
        }

        foreach (var action in actions)
        {
            switch (action)
            {
                case Say say:
                    AddLine(db, call, Speaker.Hub, say.Text, null);
                    break;
                case Ask ask:
                    AddLine(db, call, Speaker.Hub, ask.Prompt, null);
                    call.AwaitedTurn = ask.Turn;
                    break;
            }
        }

        Summarize(call, state);
        call.UpdatedAt = time.GetUtcNow();
        call.Revision++;
        return actions;
    }

    private void AddLine(HubDbContext db, CallRecord call, Speaker speaker, string text, double? confidence)
    {
        call.TranscriptLength++;
        db.CallTurns.Add(new CallTurnRecord
        {
            PortfolioId = call.PortfolioId, CallId = call.Id, Seq = call.TranscriptLength, Speaker = speaker.ToWire(),
            Text = text.Length <= 4000 ? text : text[..4000], Confidence = confidence, At = time.GetUtcNow(),
        });
    }

    private static void Summarize(CallRecord call, WorkflowState state)
    {
        if (state.Variables.TryGetValue("Resident", out var resident) && resident is JsonObject known)
        {
            call.ResidentExternalId = known["externalId"]?.GetValue<string>();
            call.UnitCode = known["unitCode"]?.GetValue<string>();
        }

        call.Category = IntakeState.GetAnalysis(state)?.Category.ToWire() ?? call.Category;
        if (state.Variables.TryGetValue(IntakeState.Triage, out var triage) && triage is JsonObject decided)
        {
            call.Urgency = decided["urgency"]?.GetValue<string>();
            call.LifeSafety = decided["life_safety"]?.GetValue<bool>() ?? false;
            call.Rule = decided["rule"]?.GetValue<string>();
        }
    }

    private static TimeZoneInfo ZoneOf(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
