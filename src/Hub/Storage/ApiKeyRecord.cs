namespace AiPhoneCoverage.Hub.Storage;

/// <summary>An API key of a portfolio. Only its SHA-256 hash is stored; the key itself is shown once, when created.</summary>
internal sealed class ApiKeyRecord : IPortfolioOwned
{
    public Guid PortfolioId { get; set; }

    public Guid Id { get; set; }

    /// <summary>SHA-256 of the key.</summary>
    public required byte[] Hash { get; set; }

    /// <summary><c>designer</c> (edits and publishes workflows) or <c>operator</c> (reads).</summary>
    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a short-lived key (handed to a Studio page) stops working; null for keys made with `aipc keys create`.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
