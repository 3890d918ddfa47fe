using System.Text.Json;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>How <see cref="WorkflowState"/> is stored.</summary>
internal static class WorkflowStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    public static WorkflowState Read(string json) => JsonSerializer.Deserialize<WorkflowState>(json, Options) ?? new WorkflowState();
}
