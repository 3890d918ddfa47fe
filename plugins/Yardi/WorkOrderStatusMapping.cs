using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// Maps a customer's own service-request status to the canonical life cycle. An operator's override wins
/// (<c>statusMap:Work Completed</c> = <c>completed</c>, any of <c>open</c>, <c>in_progress</c>, <c>on_hold</c>,
/// <c>completed</c>, <c>canceled</c>); otherwise words of the status decide, and a status no word fits counts as open.
/// </summary>
internal static class WorkOrderStatusMapping
{
    private static readonly (string[] Words, WorkOrderState State)[] Rules =
    [
        (["cancel", "void", "reject", "denied"], WorkOrderState.Canceled),
        (["complete", "closed", "done", "finished", "resolved"], WorkOrderState.Completed),
        (["hold", "wait", "parts", "pending", "deferred"], WorkOrderState.OnHold),
        (["progress", "schedul", "assign", "dispatch", "started", "working"], WorkOrderState.InProgress),
    ];

    public static WorkOrderState Map(string? status, IReadOnlyDictionary<string, string> settings)
    {
        var text = status?.Trim() ?? string.Empty;
        var overridden = settings.FirstOrDefault(s => string.Equals(s.Key, "statusMap:" + text, StringComparison.OrdinalIgnoreCase)).Value;
        if (WireNames.TryParse<WorkOrderState>(overridden, out var chosen))
        {
            return chosen;
        }

        return Rules.FirstOrDefault(r => r.Words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))) is { Words: not null } rule
            ? rule.State
            : WorkOrderState.Open;
    }
}
