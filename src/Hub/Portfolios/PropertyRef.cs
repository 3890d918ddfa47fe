namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>A property resolved from its code: which portfolio it belongs to and its id.</summary>
internal sealed record PropertyRef(Guid PortfolioId, string PortfolioCode, Guid PropertyId, string PropertyCode, string? PmsPlugin);
