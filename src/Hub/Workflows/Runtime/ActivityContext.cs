using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Catalog;
using AiPhoneCoverage.Hub.Workflows.Definitions;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>
/// What an executing activity sees: its definition, its evaluated inputs, the instance's variables and outputs, time,
/// and the turn's unit of work (for outbox rows and audit entries, committed with the instance's state).
/// </summary>
internal sealed class ActivityContext(
    HubDbContext db,
    WorkflowInstanceRecord instance,
    ActivityModel activity,
    ActivityDescriptor descriptor,
    FlowchartModel flowchart,
    WorkflowState state,
    TimeProvider time,
    List<WorkflowStart> starts,
    CancellationToken cancellationToken)
{
    /// <summary>The portfolio the instance belongs to (whose policy, models and roster apply).</summary>
    public Guid PortfolioId { get; } = instance.PortfolioId;

    /// <summary>The unit of work of this turn: rows added here commit (or roll back) with the instance's state.</summary>
    public HubDbContext Db { get; } = db;

    public WorkflowInstanceRecord Instance { get; } = instance;

    /// <summary>What the audit trail files this instance's entries under: the call's CallSid, else the instance id.</summary>
    public string Subject => State.Variables.TryGetValue("CallSid", out var sid) && sid is JsonValue value && value.TryGetValue<string>(out var text)
        ? text
        : Instance.Id.ToString("N");

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

    /// <summary>Asks for another workflow to start in this unit of work once this run has suspended or ended.</summary>
    public void StartWorkflow(WorkflowStart start) => starts.Add(start);

    /// <summary>Something for the telephony to do on the live call (say, ask, transfer, hang up), in order.</summary>
    public void Emit(CallAction action) => State.Emitted.Add(action);

    /// <summary>Appends an entry to the portfolio's audit trail, in this turn's transaction.</summary>
    public void Audit(string kind, object detail) => Db.AuditEntries.Add(new AuditEntryRecord
    {
        PortfolioId = PortfolioId,
        Id = AuditIds.Next(Time.GetUtcNow()),
        Subject = Subject,
        At = Time.GetUtcNow(),
        Kind = kind,
        Detail = JsonSerializer.Serialize(detail, AuditJson.Options),
    });
}
