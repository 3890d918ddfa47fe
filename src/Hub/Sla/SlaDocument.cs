namespace AiPhoneCoverage.Hub.Sla;

/// <summary>
/// The portfolio file's <c>sla</c> section: per urgency, named targets and their durations (<c>"acknowledge":
/// "00:15:00"</c>). An urgency left out keeps the defaults of triage-policy.md.
/// </summary>
internal sealed record SlaDocument
{
    /// <summary>urgency, then target name, then a duration (<c>d.hh:mm:ss</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Targets { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The share of a target's time after which the clock is near breach (0.8: at 80 %).</summary>
    public double? NearBreachAt { get; init; }
}
