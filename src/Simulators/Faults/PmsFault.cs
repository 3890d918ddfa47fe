namespace AiPhoneCoverage.Simulators;

/// <summary>A fault a simulated PMS applies to requests; see <see cref="PmsSimulator.InjectFault"/>.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Duration">The wait for <see cref="PmsFaultKind.Latency"/>, the Retry-After for <see cref="PmsFaultKind.Throttled"/>.</param>
public sealed record PmsFault(PmsFaultKind Kind, TimeSpan Duration = default)
{
    public static PmsFault Latency(TimeSpan delay) => new(PmsFaultKind.Latency, delay);

    public static PmsFault Throttled(TimeSpan retryAfter) => new(PmsFaultKind.Throttled, retryAfter);

    public static PmsFault Of(PmsFaultKind kind) => new(kind);
}
