namespace AiPhoneCoverage.Hub.Security;

/// <summary>The claims the hub's authentication gives a caller.</summary>
internal static class HubClaims
{
    /// <summary>Which portfolio a caller may see: a portfolio code, or <see cref="AllPortfolios"/>.</summary>
    public const string PortfolioScope = "aipc:portfolio";

    public const string AllPortfolios = "*";

    /// <summary>The id of the one portfolio an API key belongs to.</summary>
    public const string PortfolioId = "aipc:portfolio_id";

    /// <summary>The portfolio id of an authenticated API-key caller.</summary>
    public static Guid PortfolioOf(System.Security.Claims.ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirst(PortfolioId)?.Value ?? throw new InvalidOperationException("the caller is not scoped to a portfolio"));
}
