using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>What `aipc oncall import` did: counts, and every rejected line.</summary>
internal sealed record OnCallCsvResult(
    int RotationsAdded, int RotationsUpdated, int Members, int OverridesAdded, int OverridesUnchanged, int ContactsAdded, int ContactsUpdated,
    IReadOnlyList<RowProblem> Problems);
