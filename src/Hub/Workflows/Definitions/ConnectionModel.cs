using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>A connection: from an activity's outcome port to another activity's In port.</summary>
internal sealed record ConnectionModel(string Source, string SourcePort, string Target, string TargetPort)
{
    public static ConnectionModel Read(JsonObject json) => new(
        json["source"]?["activity"]?.GetValue<string>() ?? string.Empty,
        json["source"]?["port"]?.GetValue<string>() ?? "Done",
        json["target"]?["activity"]?.GetValue<string>() ?? string.Empty,
        json["target"]?["port"]?.GetValue<string>() ?? "In");
}
