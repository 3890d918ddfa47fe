using System.Globalization;
using AiPhoneCoverage.Hub.Escalations;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>Prints an escalation and its pages, one line each, times in UTC.</summary>
internal static class EscalationPrinter
{
    public static async Task PrintAsync(TextWriter output, EscalationView escalation)
    {
        var outcome = escalation.Status switch
        {
            EscalationStatus.Acknowledged => $"acknowledged by {escalation.AcknowledgedBy} via {escalation.AcknowledgedVia} at {Time(escalation.EndedAt)}",
            EscalationStatus.Exhausted => $"exhausted at {Time(escalation.EndedAt)}: nobody acknowledged",
            _ => "paging",
        };
        await output.WriteLineAsync(
            $"Escalation {escalation.Code} for {escalation.WorkOrder} ({escalation.Property}{(escalation.Unit is null ? string.Empty : " unit " + escalation.Unit)}, {escalation.Trade}), "
            + $"call {escalation.CallSid}: {outcome}");
        foreach (var step in escalation.Steps)
        {
            var end = step.AcknowledgedAt is { } acknowledged ? $"acknowledged {Time(acknowledged)}"
                : step.TimedOutAt is { } timedOut ? $"timed out {Time(timedOut)}"
                : $"waiting until {Time(step.DueAt)}";
            await output.WriteLineAsync(
                $"  {step.Number}. {step.Tier}{(step.Attempt > 1 ? $" (repeat {step.Attempt - 1})" : string.Empty)}: {step.Name ?? step.Contact} {step.Phone} by {step.Channel}, "
                + $"sent {Time(step.SentAt)}, {end}");
        }
    }

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?";
}
