namespace AiPhoneCoverage.Simulators;

/// <summary>A fault a simulated PMS applies to requests; see <see cref="PmsSimulator.InjectFault"/>.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Duration">The wait for <see cref="PmsFaultKind.Latency"/> (the shortest, with <see cref="MaxDuration"/>), the Retry-After for <see cref="PmsFaultKind.Throttled"/>.</param>
public sealed record PmsFault(PmsFaultKind Kind, TimeSpan Duration = default)
{
    /// <summary>For <see cref="PmsFaultKind.Latency"/>: the longest wait; each request waits a time drawn from <see cref="Duration"/> to this.</summary>
    public TimeSpan? MaxDuration { get; init; }

    public static PmsFault Latency(TimeSpan delay) => new(PmsFaultKind.Latency, delay);

    /// <summary>Each request waits a time drawn uniformly from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static PmsFault Latency(TimeSpan min, TimeSpan max) => new(PmsFaultKind.Latency, min) { MaxDuration = max };

    public static PmsFault Throttled(TimeSpan retryAfter) => new(PmsFaultKind.Throttled, retryAfter);

    public static PmsFault Of(PmsFaultKind kind) => new(kind);

    /// <summary>The wait for the request now arriving (<see cref="PmsFaultKind.Latency"/>).</summary>
    public TimeSpan DrawLatency() => FaultLatency.Draw(Duration, MaxDuration);
}
