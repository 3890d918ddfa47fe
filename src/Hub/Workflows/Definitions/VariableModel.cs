using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>A workflow variable: id (what outputs bind to), name (what expressions use), type and initial value.</summary>
internal sealed record VariableModel(string Id, string Name, string TypeName, string? Value)
{
    public static VariableModel Read(JsonObject json) => new(
        json["id"]?.GetValue<string>() ?? string.Empty,
        json["name"]?.GetValue<string>() ?? string.Empty,
        json["typeName"]?.GetValue<string>() ?? "Object",
        json["value"]?.ToString());
}
