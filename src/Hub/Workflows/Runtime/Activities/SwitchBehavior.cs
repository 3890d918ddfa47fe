namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>Elsa.FlowSwitch: the case equal to Value is the outcome taken, else Default.</summary>
internal sealed class SwitchBehavior : IActivityBehavior
{
    public string TypeName => "Elsa.FlowSwitch";

    public ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var value = context.InputText("Value")?.Trim();
        var cases = (context.InputText("Cases") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var match = cases.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
        return ValueTask.FromResult(ActivityOutcome.Take(match ?? "Default"));
    }
}
