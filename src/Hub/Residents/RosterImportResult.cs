namespace AiPhoneCoverage.Hub.Residents;

/// <summary>What a roster import did.</summary>
internal sealed record RosterImportResult(int Added, int Updated, int Unchanged, IReadOnlyList<RowProblem> Problems)
{
    public int Imported => Added + Updated + Unchanged;

    /// <summary>Residents no longer in a PMS's whole roster, marked moved out.</summary>
    public int MovedOut { get; init; }
}
