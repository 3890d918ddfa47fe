using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>One activity of a flowchart: its id, type and version, and its JSON (inputs are camelCase properties).</summary>
internal sealed record ActivityModel(string Id, string Type, int Version, string? Name, JsonObject Json)
{
    public static ActivityModel Read(JsonObject json) => new(
        json["id"]?.GetValue<string>() ?? string.Empty,
        json["type"]?.GetValue<string>() ?? string.Empty,
        json["version"]?.GetValue<int>() ?? 1,
        json["name"]?.GetValue<string>(),
        json);

    /// <summary>The input's expression as the Studio wrote it, or null when the input is absent (a freshly dropped node).</summary>
    public InputExpression? Input(string jsonName) =>
        Json[jsonName] is JsonObject { } wrapper && wrapper["expression"] is JsonObject expression
            ? new InputExpression(expression["type"]?.GetValue<string>() ?? "Literal", expression["value"]?.ToString())
            : null;

    /// <summary>The variable an output is bound to (<c>"answer": {"memoryReference": {"id": "var-1"}}</c>), if any.</summary>
    public string? OutputVariable(string jsonName) =>
        Json[jsonName] is JsonObject { } wrapper && wrapper["memoryReference"] is JsonObject reference ? reference["id"]?.GetValue<string>() : null;
}
