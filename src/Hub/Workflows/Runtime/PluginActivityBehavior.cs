using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>Runs a plugin's <see cref="IWorkflowActivity"/>: evaluates every input, calls it, records its outputs, follows its outcome.</summary>
internal sealed class PluginActivityBehavior(IWorkflowActivity activity) : IActivityBehavior
{
    public string TypeName => activity.Definition.TypeName;

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var inputs = context.Descriptor.Inputs.ToDictionary(i => i.Name, i => context.Input(i.Name), StringComparer.Ordinal);
        var result = await activity.ExecuteAsync(new ActivityExecution(inputs, context.Time.GetUtcNow()), context.CancellationToken);
        if (!result.IsSuccess)
        {
            return ActivityOutcome.Fault($"{TypeName}: {result.Error.Message}");
        }

        foreach (var (name, value) in result.Value.Outputs ?? new Dictionary<string, object?>())
        {
            context.SetOutput(name, JsonSerializer.SerializeToNode(value));
        }

        return context.Descriptor.OutPorts.Contains(result.Value.Outcome)
            ? ActivityOutcome.Take(result.Value.Outcome)
            : ActivityOutcome.Fault($"{TypeName} returned the outcome '{result.Value.Outcome}', which it does not declare");
    }
}
