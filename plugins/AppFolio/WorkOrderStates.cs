using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>
/// A customer's work-order status, mapped to the canonical life cycle by the words AppFolio's statuses are made of
/// (New; Estimate Requested, Estimated, Assigned, Scheduled; Waiting; Work Done, Ready to Bill, Completed...; Canceled).
/// A status none of them fits counts as open.
/// </summary>
internal static class WorkOrderStates
{
    private static readonly (string Word, WorkOrderState State)[] Words =
    [
        ("cancel", WorkOrderState.Canceled),
        ("complet", WorkOrderState.Completed),
        ("done", WorkOrderState.Completed),
        ("bill", WorkOrderState.Completed),
        ("closed", WorkOrderState.Completed),
        ("wait", WorkOrderState.OnHold),
        ("hold", WorkOrderState.OnHold),
        ("new", WorkOrderState.Open),
        ("open", WorkOrderState.Open),
        ("assign", WorkOrderState.InProgress),
        ("schedul", WorkOrderState.InProgress),
        ("estimat", WorkOrderState.InProgress),
        ("progress", WorkOrderState.InProgress),
    ];

    public static WorkOrderState From(string? status) =>
        status is null ? WorkOrderState.Open : Words.FirstOrDefault(w => status.Contains(w.Word, StringComparison.OrdinalIgnoreCase)) is { Word: not null } match
            ? match.State
            : WorkOrderState.Open;
}
