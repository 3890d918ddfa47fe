using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Workflows.Definitions;

namespace AiPhoneCoverage.Hub.Workflows;

/// <summary>
/// The default Intake and Escalation workflows (workflows/*.json beside the hub), which every new portfolio starts
/// from as published version 1.
/// </summary>
internal sealed class DefaultWorkflows
{
    private readonly List<(JsonObject Model, FlowchartModel Flowchart)> _workflows = [];

    public DefaultWorkflows()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var model = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            _workflows.Add((model, FlowchartModel.Read(model, out var problem) ?? throw new InvalidDataException($"{file}: {problem}")));
        }
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public IReadOnlyList<FlowchartModel> Flowcharts => _workflows.Select(w => w.Flowchart).ToList();

    /// <summary>Adds version 1 of each default workflow, published, to a new portfolio's unit of work.</summary>
    public void AddTo(HubDbContext db, Guid portfolioId, DateTimeOffset now)
    {
        foreach (var (model, flowchart) in _workflows)
        {
            db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord
            {
                PortfolioId = portfolioId,
                DefinitionId = flowchart.DefinitionId,
                Version = 1,
                Name = flowchart.Name,
                Description = flowchart.Description,
                IsPublished = true,
                Json = model.ToJsonString(),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }
}
