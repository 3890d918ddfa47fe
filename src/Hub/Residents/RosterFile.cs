namespace AiPhoneCoverage.Hub.Residents;

/// <summary>A roster CSV as read: the good rows, the rejected ones, or the reason the whole file is unusable.</summary>
internal sealed record RosterFile(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RowProblem> Problems, string? FatalError)
{
    public static RosterFile Fatal(string reason) => new([], [], reason);
}
