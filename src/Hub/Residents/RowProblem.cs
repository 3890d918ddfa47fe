namespace AiPhoneCoverage.Hub.Residents;

/// <summary>Why a roster row was rejected: <c>line N: reason</c>, N counting the header as line 1.</summary>
internal sealed record RowProblem(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
