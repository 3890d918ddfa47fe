using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Catalog;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// Shapes stored definitions and the catalogue as Elsa Studio 3.8.2 expects them (elsa-studio-api.md): camelCase, server
/// fields filled in, a <c>nodeId</c> on every activity, and the <c>publish</c> link without which the editor is read-only.
/// </summary>
internal static class StudioJson
{
    public const string ToolVersion = "3.8.2.0";

    public static JsonObject Definition(WorkflowDefinitionRecord record, bool isLatest, string apiBase)
    {
        var json = JsonNode.Parse(record.Json)!.AsObject();
        json["id"] = VersionId(record);
        json["definitionId"] = record.DefinitionId;
        json["name"] = record.Name;
        json["description"] = record.Description;
        json["version"] = record.Version;
        json["isLatest"] = isLatest;
        json["isPublished"] = record.IsPublished;
        json["isReadonly"] = false;
        json["createdAt"] = record.CreatedAt.ToString("O");
        json["toolVersion"] = ToolVersion;
        json["materializerName"] = "Json";
        foreach (var list in new[] { "variables", "inputs", "outputs", "outcomes" })
        {
            json[list] ??= new JsonArray();
        }

        json["options"] ??= new JsonObject();
        json["customProperties"] ??= new JsonObject();
        json["links"] = new JsonArray(Link($"{apiBase}/workflow-definitions/{record.DefinitionId}/publish", "publish"));
        if (json["root"] is JsonObject root)
        {
            AssignNodeIds(root, "Workflow1");
        }

        return json;
    }

    public static JsonObject Summary(WorkflowDefinitionRecord record, string apiBase) => new()
    {
        ["id"] = VersionId(record),
        ["definitionId"] = record.DefinitionId,
        ["name"] = record.Name,
        ["description"] = record.Description,
        ["version"] = record.Version,
        ["isLatest"] = true,
        ["isPublished"] = record.IsPublished,
        ["createdAt"] = record.CreatedAt.ToString("O"),
        ["materializerName"] = "Json",
        ["isMaterializerAvailable"] = true,
        ["links"] = new JsonArray(Link($"{apiBase}/workflow-definitions/{record.DefinitionId}/publish", "publish")),
    };

    public static JsonObject Link(string href, string rel) => new() { ["href"] = href, ["rel"] = rel, ["method"] = "POST" };

    public static JsonObject Activity(ActivityDescriptor descriptor) => new()
    {
        ["typeName"] = descriptor.TypeName,
        ["namespace"] = descriptor.Namespace,
        ["name"] = descriptor.Name,
        ["version"] = descriptor.Version,
        ["category"] = descriptor.Category,
        ["displayName"] = descriptor.DisplayName,
        ["description"] = descriptor.Description,
        ["kind"] = "Action",
        ["isBrowsable"] = descriptor.IsBrowsable,
        ["isContainer"] = descriptor.IsContainer,
        ["isStart"] = descriptor.IsStart,
        ["isTerminal"] = descriptor.IsTerminal,
        ["customProperties"] = new JsonObject(),
        ["constructionProperties"] = new JsonObject(),
        ["inputs"] = new JsonArray(descriptor.Inputs.Select((input, order) => (JsonNode)Input(input, order)).ToArray()),
        ["outputs"] = new JsonArray(descriptor.Outputs.Select((output, order) => (JsonNode)new JsonObject
        {
            ["name"] = output.Name, ["typeName"] = output.TypeName, ["displayName"] = output.Name, ["description"] = output.Description,
            ["order"] = order, ["isBrowsable"] = true, ["isSynthetic"] = false,
        }).ToArray()),
        ["ports"] = new JsonArray(descriptor.Outcomes.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o, ["displayName"] = o, ["type"] = "Flow", ["isBrowsable"] = true,
        }).ToArray()),
    };

    private static JsonObject Input(InputDescriptor input, int order) => new()
    {
        ["name"] = input.Name,
        ["typeName"] = input.TypeName,
        ["displayName"] = input.Name,
        ["description"] = input.Description,
        ["order"] = order,
        ["isBrowsable"] = true,
        ["isSynthetic"] = false,
        ["isWrapped"] = true,
        ["uiHint"] = input.Options is null ? input.UiHint : "dropdown",
        ["category"] = null,
        ["defaultValue"] = input.DefaultValue,
        ["defaultSyntax"] = "Literal",
        ["isReadOnly"] = false,
        ["isSensitive"] = false,
        ["storageDriverType"] = null,
        ["uiSpecifications"] = input.Options is null ? null : new JsonObject
        {
            ["dropdown"] = new JsonObject
            {
                ["selectList"] = new JsonObject
                {
                    ["items"] = new JsonArray(input.Options.Select(o => (JsonNode)new JsonObject { ["text"] = o, ["value"] = o }).ToArray()),
                    ["isFlagsEnum"] = false,
                },
            },
        },
    };

    private static string VersionId(WorkflowDefinitionRecord record) => $"{record.DefinitionId}-v{record.Version}";

    private static void AssignNodeIds(JsonObject container, string parentNodeId)
    {
        var nodeId = $"{parentNodeId}:{container["id"]?.ToString()}";
        container["nodeId"] = nodeId;
        foreach (var activity in (container["activities"] as JsonArray ?? []).OfType<JsonObject>())
        {
            activity["nodeId"] = $"{nodeId}:{activity["id"]?.ToString()}";
        }
    }
}
