using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>What pages and their follow-ups say. No resident name or number: the technician gets the unit and the problem.</summary>
internal static class PageTexts
{
    public static string Sms(EscalationRecord escalation, string? link) =>
        $"URGENT {escalation.WorkOrderRef}: {escalation.Trade} emergency at {Place(escalation)}. \"{escalation.Summary}\" "
        + $"Reply ACK {escalation.AckCode} (or 1) to accept." + (link is null ? string.Empty : $" Or open {link}");

    public static string Voice(EscalationRecord escalation) =>
        $"This is the maintenance line with an emergency work order. {Capitalize(escalation.Trade)} emergency at {Place(escalation)}: {escalation.Summary}.";

    public static string Accepted(EscalationRecord escalation) =>
        $"You accepted {escalation.WorkOrderRef} at {Place(escalation)}. Text ONSITE {escalation.AckCode} when you arrive and DONE {escalation.AckCode} once it is contained.";

    public static string StandDown(EscalationRecord escalation, string acceptedBy) =>
        $"{escalation.WorkOrderRef} at {Place(escalation)} was accepted by {acceptedBy}. No action needed.";

    public static string StillTrying(string reference) =>
        $"We are still trying to reach a technician for request {reference}. If anyone is in danger, call 911.";

    public static string Place(EscalationRecord escalation) =>
        escalation.UnitCode is { Length: > 0 } unit ? $"{escalation.PropertyCode} unit {unit}" : escalation.PropertyCode;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
