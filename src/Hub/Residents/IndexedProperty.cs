namespace AiPhoneCoverage.Hub.Residents;

/// <summary>The property part of a roster-index entry, shared by all its residents.</summary>
internal sealed record IndexedProperty(Guid PortfolioId, string PortfolioCode, Guid PropertyId, string PropertyCode);
