namespace AiPhoneCoverage.Hub.Security;

/// <summary>Who an API key belongs to: one portfolio and one role.</summary>
internal sealed record ApiKeyIdentity(Guid PortfolioId, string PortfolioCode, string Role);
