namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// One version of a portfolio's workflow definition, stored as the Elsa 3 JSON the Studio edits. A definition has at most
/// one draft (updated in place by every save) and any number of published versions, which never change.
/// </summary>
internal sealed class WorkflowDefinitionRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>The definition model as JSON: name, variables, options and the root flowchart.</summary>
    public required string Json { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
