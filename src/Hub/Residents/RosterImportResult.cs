namespace AiPhoneCoverage.Hub.Residents;

/// <summary>What a roster import did.</summary>
internal sealed record RosterImportResult(int Added, int Updated, int Unchanged, IReadOnlyList<RowProblem> Problems)
{
    public int Imported => Added + Updated + Unchanged;
}
