using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// In `aipc triage` only: routing activities (a page, a dispatch) take their usual outcome without acting
/// (work orders and texts are outbox rows, rolled back with the scenario's transaction), so that a scenario runs to the end of the Intake workflow and nothing leaves the hub.
/// </summary>
internal sealed class DryRunBehavior(string typeName, string port) : IActivityBehavior
{
    public string TypeName { get; } = typeName;

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityOutcome.Take(port));

    public static IEnumerable<IActivityBehavior> ForIntake() =>
    [
        new DryRunBehavior("AiPhoneCoverage.Dispatch", "Technician"),
        new DryRunBehavior("AiPhoneCoverage.Notify", "Done"),
    ];
}
