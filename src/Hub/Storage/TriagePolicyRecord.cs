namespace AiPhoneCoverage.Hub.Storage;

/// <summary>One version of a portfolio's triage policy (JSON): one draft at most, published versions never change.</summary>
internal sealed class TriagePolicyRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public int Version { get; set; }

    public bool IsPublished { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
