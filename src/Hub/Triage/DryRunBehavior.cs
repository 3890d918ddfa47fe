using AiPhoneCoverage.Hub.Workflows.Runtime;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// In `aipc triage` only: an activity with an effect outside the conversation (a work order, a page, a text) takes its
/// usual outcome without acting, so that a scenario runs to the end of the Intake workflow and nothing leaves the hub.
/// </summary>
internal sealed class DryRunBehavior(string typeName, string port) : IActivityBehavior
{
    public string TypeName { get; } = typeName;

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityOutcome.Take(port));

    public static IEnumerable<IActivityBehavior> ForIntake() =>
    [
        new DryRunBehavior("AiPhoneCoverage.CreateWorkOrder", "Done"),
        new DryRunBehavior("AiPhoneCoverage.Dispatch", "Technician"),
        new DryRunBehavior("AiPhoneCoverage.Confirm", "Done"),
        new DryRunBehavior("AiPhoneCoverage.TakeMessage", "Done"),
        new DryRunBehavior("AiPhoneCoverage.TransferToHuman", "Done"),
        new DryRunBehavior("AiPhoneCoverage.Notify", "Done"),
    ];
}
