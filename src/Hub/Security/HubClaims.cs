namespace AiPhoneCoverage.Hub.Security;

/// <summary>The claims the hub's authentication gives a caller.</summary>
internal static class HubClaims
{
    /// <summary>Which portfolio a caller may see: a portfolio code, or <see cref="AllPortfolios"/>.</summary>
    public const string PortfolioScope = "aipc:portfolio";

    public const string AllPortfolios = "*";
}
