namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The simulated Stack API's token bucket: at most <paramref name="Requests"/> in a burst, refilled evenly over
/// <paramref name="Per"/>. AppFolio publishes no Stack v1 limit (pms-apis.md §3.4), so this is a configurable guess.
/// </summary>
/// <param name="Requests">The bucket's size.</param>
/// <param name="Per">The time in which a whole bucket refills.</param>
public sealed record AppFolioRateLimit(int Requests, TimeSpan Per)
{
    /// <summary>120 requests a minute: enough for the demo and the tests, low enough to reach in a load test.</summary>
    public static AppFolioRateLimit Default { get; } = new(120, TimeSpan.FromMinutes(1));
}
