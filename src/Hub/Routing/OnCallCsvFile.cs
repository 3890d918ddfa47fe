using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>An on-call CSV as read: the readable lines, the rejected ones, or why the whole file is unusable.</summary>
internal sealed record OnCallCsvFile(IReadOnlyList<OnCallCsvRow> Rows, IReadOnlyList<RowProblem> Problems, string? FatalError)
{
    public static OnCallCsvFile Fatal(string reason) => new([], [], reason);
}
