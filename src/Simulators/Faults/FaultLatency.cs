namespace AiPhoneCoverage.Simulators;

/// <summary>A latency fault's wait: a fixed time, or one drawn uniformly per request from a range.</summary>
public static class FaultLatency
{
    /// <summary>The wait for one request: <paramref name="min"/>, or a uniform draw from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="min">The shortest wait (the whole wait when there is no range).</param>
    /// <param name="max">The longest wait; null, or not above <paramref name="min"/>, for a fixed wait.</param>
    public static TimeSpan Draw(TimeSpan min, TimeSpan? max) =>
        max is { } top && top > min ? min + (top - min) * Random.Shared.NextDouble() : min;
}
