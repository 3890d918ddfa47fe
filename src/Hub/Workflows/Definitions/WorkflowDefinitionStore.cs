using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Workflows.Definitions;

/// <summary>
/// A portfolio's workflow definitions and their versions. Saving updates the one draft in place (the Studio auto-saves the
/// whole definition on every change, even a node drag, so this must stay one read and one write); publishing validates,
/// then turns the draft into the next published version. Published versions never change. A refused publish writes nothing.
/// </summary>
internal sealed class WorkflowDefinitionStore(HubDatabase database, DefinitionValidator validator, TimeProvider time)
{
    private static readonly string[] ServerOwned = ["id", "version", "createdAt", "isLatest", "isPublished", "links", "materializerName", "providerName"];

    public async Task<WorkflowDefinitionRecord?> FindAsync(Guid portfolioId, string definitionId, VersionOptions options, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var versions = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        versions = options switch
        {
            VersionOptions.Published => versions.Where(d => d.IsPublished),
            VersionOptions.Draft => versions.Where(d => !d.IsPublished),
            _ => versions,
        };
        return await versions.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<WorkflowDefinitionRecord?> FindVersionAsync(Guid portfolioId, string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        return await db.WorkflowDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken);
    }

    /// <summary>The latest version of every definition, by definition id.</summary>
    public async Task<IReadOnlyList<WorkflowDefinitionRecord>> ListAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var all = await db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.Description, d.IsPublished, d.CreatedAt, d.UpdatedAt, d.PortfolioId })
            .ToListAsync(cancellationToken);
        return all.GroupBy(d => d.DefinitionId)
            .Select(g => g.MaxBy(d => d.Version)!)
            .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)
            .Select(d => new WorkflowDefinitionRecord
            {
                PortfolioId = d.PortfolioId, DefinitionId = d.DefinitionId, Version = d.Version, Name = d.Name, Description = d.Description,
                IsPublished = d.IsPublished, CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt, Json = string.Empty,
            })
            .ToList();
    }

    public async Task<SaveOutcome> SaveAsync(Guid portfolioId, JsonObject model, bool publish, CancellationToken cancellationToken)
    {
        // Only a publish checks the numbers: an auto-save (every node drag) stays one read and one write.
        var dialable = publish ? await DialableAsync(portfolioId, cancellationToken) : null;
        FlowchartModel? flowchart;
        IReadOnlyList<DefinitionProblem> problems;
        try
        {
            flowchart = FlowchartModel.Read(model, out var unreadable);
            if (flowchart is null)
            {
                return SaveOutcome.Refuse([DefinitionProblem.Error(unreadable!)]);
            }

            problems = dialable is null ? validator.Validate(flowchart) : [.. validator.Validate(flowchart), .. TransferTargets.Check(flowchart, dialable)];
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            // A typed read of a field the JSON holds as another kind ("version": "one", "type": 5): the definition is malformed.
            return SaveOutcome.Refuse([DefinitionProblem.Error($"the definition has a field of the wrong type: {ex.Message}")]);
        }

        if (publish && problems.Any(p => p.IsError))
        {
            return SaveOutcome.Refuse(problems);
        }

        var stored = model.DeepClone().AsObject();
        foreach (var field in ServerOwned)
        {
            stored.Remove(field);
        }

        await using var db = database.Open(PortfolioScope.For(portfolioId));
        var versions = await db.WorkflowDefinitions.Where(d => d.DefinitionId == flowchart.DefinitionId)
            .Select(d => new { d.Version, d.IsPublished }).ToListAsync(cancellationToken);
        var draftVersion = versions.Where(v => !v.IsPublished).Select(v => (int?)v.Version).FirstOrDefault();
        var now = time.GetUtcNow();
        WorkflowDefinitionRecord record;
        if (draftVersion is { } version)
        {
            record = await db.WorkflowDefinitions.SingleAsync(d => d.DefinitionId == flowchart.DefinitionId && d.Version == version, cancellationToken);
        }
        else
        {
            record = new WorkflowDefinitionRecord
            {
                PortfolioId = portfolioId,
                DefinitionId = flowchart.DefinitionId,
                Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
                Name = flowchart.Name,
                Json = string.Empty,
                CreatedAt = now,
            };
            db.WorkflowDefinitions.Add(record);
        }

        record.Name = flowchart.Name;
        record.Description = flowchart.Description;
        record.Json = stored.ToJsonString();
        record.UpdatedAt = now;
        record.IsPublished = publish;
        await db.SaveChangesAsync(cancellationToken);
        return new SaveOutcome(record, problems);
    }

    private async Task<IReadOnlySet<string>> DialableAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        return await DialableNumbers.LoadAsync(db, cancellationToken);
    }

    /// <summary>Publishes the current draft (what `aipc workflows publish` does); refused when there is none or it is invalid.</summary>
    public async Task<SaveOutcome> PublishDraftAsync(Guid portfolioId, string definitionId, CancellationToken cancellationToken)
    {
        var draft = await FindAsync(portfolioId, definitionId, VersionOptions.Draft, cancellationToken);
        return draft is null
            ? SaveOutcome.Refuse([DefinitionProblem.Error($"'{definitionId}' has no draft to publish")])
            : await SaveAsync(portfolioId, JsonNode.Parse(draft.Json)!.AsObject(), publish: true, cancellationToken);
    }
}
