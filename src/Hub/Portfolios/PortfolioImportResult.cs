using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>What `aipc portfolio import` did, or why it did nothing.</summary>
internal sealed record PortfolioImportResult(
    string? PortfolioCode,
    IReadOnlyList<string> Errors,
    IReadOnlyList<(string Property, RosterImportResult Roster)> Rosters)
{
    public static PortfolioImportResult Refused(IReadOnlyList<string> errors) => new(null, errors, []);

    public bool Succeeded => Errors.Count == 0;
}
