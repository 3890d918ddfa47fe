using System.Text.Json.Nodes;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>
/// The parts of an Elsa 3 definition (its <c>model</c>) that the hub validates and runs. The JSON itself is kept as the
/// Studio sent it, so that everything the hub does not interpret (designer positions, custom properties) round-trips.
/// </summary>
internal sealed record FlowchartModel(
    string DefinitionId,
    string Name,
    string? Description,
    string RootType,
    IReadOnlyList<VariableModel> Variables,
    IReadOnlyList<ActivityModel> Activities,
    IReadOnlyList<ConnectionModel> Connections)
{
    /// <summary>Reads a definition model; null with a reason when it is not a definition at all.</summary>
    public static FlowchartModel? Read(JsonObject model, out string? problem)
    {
        problem = null;
        var definitionId = model["definitionId"]?.GetValue<string>();
        var root = model["root"] as JsonObject;
        if (string.IsNullOrWhiteSpace(definitionId) || root is null)
        {
            problem = "a definition needs a definitionId and a root flowchart";
            return null;
        }

        var activities = (root["activities"] as JsonArray ?? []).OfType<JsonObject>().Select(ActivityModel.Read).ToList();
        var connections = (root["connections"] as JsonArray ?? []).OfType<JsonObject>().Select(ConnectionModel.Read).ToList();
        var variables = (model["variables"] as JsonArray ?? []).OfType<JsonObject>().Select(VariableModel.Read).ToList();
        return new FlowchartModel(
            definitionId,
            model["name"]?.GetValue<string>() ?? definitionId,
            model["description"]?.GetValue<string>(),
            root["type"]?.GetValue<string>() ?? string.Empty,
            variables,
            activities,
            connections);
    }
}
