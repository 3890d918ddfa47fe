using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>Prints a call's outcome: as text for people, or as one JSON document (<c>--json</c>).</summary>
internal static class CallPrinter
{
    public static async Task PrintAsync(TextWriter output, ScriptedCall call, CallReport? report, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(CliJson.Serialize(new
            {
                callSid = call.CallSid,
                ending = call.Ending.Reason.ToString().ToLowerInvariant(),
                status = report?.Status,
                property = report?.PropertyCode,
                resident = report?.ResidentExternalId,
                unit = report?.UnitCode,
                transcript = (report?.Transcript ?? []).Select(l => new { speaker = l.Speaker, text = l.Text, at = l.At }),
                triage = report?.Triage is { } t ? new { category = t.Category, urgency = t.Urgency, life_safety = t.LifeSafety, rule = t.Rule, reasons = t.Reasons } : null,
                workOrders = report?.WorkOrders ?? [],
                notifications = report?.Notifications ?? [],
                escalations = report?.Escalations ?? [],
            }));
            return;
        }

        if (report is null)
        {
            await output.WriteLineAsync($"Call {call.CallSid} ended ({call.Ending.Reason}{(call.Ending.Detail is null ? string.Empty : ": " + call.Ending.Detail)}); the hub kept no record of it.");
            return;
        }

        await PrintReportAsync(output, report);
        if (call.Ending.Reason is CallEndReason.Transfer)
        {
            await output.WriteLineAsync($"The call was transferred to {call.Ending.Detail}.");
        }
    }

    public static async Task PrintReportAsync(TextWriter output, CallReport report)
    {
        var who = report.ResidentExternalId is null ? "an unidentified caller" : $"resident {report.ResidentExternalId}, unit {report.UnitCode}";
        await output.WriteLineAsync($"Call {report.CallSid} to {report.PropertyCode} from {who} ({report.Status})");
        foreach (var line in report.Transcript)
        {
            await output.WriteLineAsync($"  {line.At:HH:mm:ss} {line.Speaker,-6} {line.Text}");
        }

        if (report.Triage is { } triage)
        {
            await output.WriteLineAsync(
                $"Triage: {triage.Category}, {triage.Urgency}{(triage.LifeSafety ? ", life safety" : string.Empty)} (rule {triage.Rule})");
            foreach (var reason in triage.Reasons)
            {
                await output.WriteLineAsync($"  because {reason}");
            }
        }

        await output.WriteLineAsync(report.WorkOrders.Count == 0 ? "Work orders: none" : "Work orders:");
        foreach (var order in report.WorkOrders)
        {
            await output.WriteLineAsync(
                $"  {order.Reference} {order.Property} unit {order.Unit ?? "?"}: {order.Category}, {order.Urgency}: {order.Status}" +
                (order.ExternalId is null ? string.Empty : $" as {order.ExternalId}") + (order.Error is null ? string.Empty : $" ({order.Error})"));
        }

        await output.WriteLineAsync(report.Notifications.Count == 0 ? "Notifications: none" : "Notifications:");
        foreach (var note in report.Notifications)
        {
            await output.WriteLineAsync(
                $"  {note.Channel} to {note.To}: {note.Status}" + (note.ExternalId is null ? string.Empty : $" as {note.ExternalId}") + (note.Error is null ? string.Empty : $" ({note.Error})"));
        }

        foreach (var escalation in report.Escalations)
        {
            await EscalationPrinter.PrintAsync(output, escalation);
        }
    }
}
