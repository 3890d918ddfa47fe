using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Workflows.Catalog;

namespace AiPhoneCoverage.Hub.Tests.Workflows;

/// <summary>
/// The test catalogue the recorded Studio session used: the probe's AiPhoneCoverage.ClassifyIntent and CreateWorkOrder,
/// read from the recorded descriptors (Fixtures/Elsa/activity-descriptors.json).
/// </summary>
internal sealed class FixtureActivities : IActivitySource
{
    public IEnumerable<ActivityDescriptor> Activities { get; } = Read();

    public static JsonObject Fixture(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Elsa", name)))!.AsObject();

    private static List<ActivityDescriptor> Read() => Fixture("activity-descriptors.json")["items"]!.AsArray().Select(item => new ActivityDescriptor(
            item!["typeName"]!.GetValue<string>(),
            item["version"]!.GetValue<int>(),
            item["category"]!.GetValue<string>(),
            item["displayName"]!.GetValue<string>(),
            item["description"]!.GetValue<string>(),
            item["inputs"]!.AsArray().Select(i => new InputDescriptor(i!["name"]!.GetValue<string>(), i["typeName"]!.GetValue<string>(), i["description"]?.GetValue<string>() ?? string.Empty, DefaultValue: i["defaultValue"]?.ToString())).ToList(),
            item["outputs"]!.AsArray().Select(o => new OutputDescriptor(o!["name"]!.GetValue<string>(), o["typeName"]!.GetValue<string>(), string.Empty)).ToList(),
            item["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList())
        {
            IsStart = item["isStart"]!.GetValue<bool>(),
            IsTerminal = item["isTerminal"]!.GetValue<bool>(),
            IsContainer = item["isContainer"]!.GetValue<bool>(),
        })
        .ToList();
}
