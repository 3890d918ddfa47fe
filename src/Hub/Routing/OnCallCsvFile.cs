using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// An on-call CSV as read: the readable lines, the rejected ones, or why the whole file is unusable.
/// <see cref="SpoiledRotations"/> names each rotation with a rejected line that was not an override (with the first such
/// line), so that the rotation is not imported with a member missing.
/// </summary>
internal sealed record OnCallCsvFile(IReadOnlyList<OnCallCsvRow> Rows, IReadOnlyList<RowProblem> Problems, string? FatalError)
{
    public IReadOnlyDictionary<string, int> SpoiledRotations { get; init; } = new Dictionary<string, int>();

    public static OnCallCsvFile Fatal(string reason) => new([], [], reason);
}
