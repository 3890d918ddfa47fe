using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Definitions;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>What an executing activity sees: its definition, its evaluated inputs, the instance's variables and outputs, and time.</summary>
internal sealed class ActivityContext(
    Guid portfolioId,
    ActivityModel activity,
    ActivityDescriptor descriptor,
    FlowchartModel flowchart,
    WorkflowState state,
    TimeProvider time,
    CancellationToken cancellationToken)
{
    /// <summary>The portfolio the instance belongs to (whose policy, models and roster apply).</summary>
    public Guid PortfolioId { get; } = portfolioId;

    public ActivityModel Activity { get; } = activity;

    public ActivityDescriptor Descriptor { get; } = descriptor;

    public WorkflowState State { get; } = state;

    public TimeProvider Time { get; } = time;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>An input's value, evaluated now: the definition's expression, or the descriptor's default when the Studio omitted it.</summary>
    public object? Input(string name)
    {
        var input = Descriptor.Inputs.FirstOrDefault(i => i.Name == name) ?? throw new InvalidOperationException($"{Descriptor.TypeName} has no input {name}");
        var expression = Activity.Input(input.JsonName);
        if (expression is null || (expression.IsEmpty && expression.Type == "Literal"))
        {
            return input.DefaultValue is null ? null : ExpressionEvaluator.Convert(input.DefaultValue, input.TypeName);
        }

        return ExpressionEvaluator.Evaluate(expression, input.TypeName, State, CancellationToken);
    }

    public string? InputText(string name) => Input(name)?.ToString();

    /// <summary>Records an output and, when the definition binds it to a variable, sets that variable.</summary>
    public void SetOutput(string name, JsonNode? value)
    {
        if (!State.Outputs.TryGetValue(Activity.Id, out var outputs))
        {
            State.Outputs[Activity.Id] = outputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        }

        outputs[name] = value?.DeepClone();
        var output = Descriptor.Outputs.FirstOrDefault(o => o.Name == name);
        if (output is not null && Activity.OutputVariable(output.JsonName) is { } variableId
            && flowchart.Variables.FirstOrDefault(v => v.Id == variableId) is { } variable)
        {
            State.Variables[variable.Name] = value?.DeepClone();
        }
    }

    public void SetVariable(string name, JsonNode? value) => State.Variables[name] = value;
}
