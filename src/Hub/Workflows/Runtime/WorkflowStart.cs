using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>A workflow instance to start: which definition, under which id, and the variables it starts with.</summary>
/// <param name="DefinitionId">The definition (its latest published version runs).</param>
/// <param name="InstanceId">The new instance's id.</param>
/// <param name="CorrelationId">What the instance belongs to.</param>
/// <param name="Input">Variables set before the first activity runs.</param>
internal sealed record WorkflowStart(string DefinitionId, Guid InstanceId, string? CorrelationId, IReadOnlyDictionary<string, JsonNode?>? Input);
