using System.Diagnostics;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>Percentiles of individually timed operations.</summary>
internal sealed class Latency
{
    private readonly List<long> _ticks = [];

    public void Add(long startTimestamp) => _ticks.Add(Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Adds a duration measured some other way (for example from two recorded times).</summary>
    public void Add(TimeSpan elapsed) => _ticks.Add((long)(elapsed.TotalSeconds * Stopwatch.Frequency));

    public int Count => _ticks.Count;

    public double PercentileMicroseconds(double p)
    {
        _ticks.Sort();
        var index = (int)Math.Ceiling(p / 100 * _ticks.Count) - 1;
        return _ticks[Math.Clamp(index, 0, _ticks.Count - 1)] * 1_000_000.0 / Stopwatch.Frequency;
    }

    public string Summary() => FormattableString.Invariant(
        $"p50 {PercentileMicroseconds(50):F1} µs, p99 {PercentileMicroseconds(99):F1} µs, p99.9 {PercentileMicroseconds(99.9):F1} µs, max {PercentileMicroseconds(100):F1} µs over {Count:N0} lookups");
}
