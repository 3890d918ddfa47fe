using System.Collections.Concurrent;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>Values per key for a fixed time, on the injected clock. Thread-safe; concurrent misses may both fetch (harmless for reads).</summary>
internal sealed class TimedCache<T>(TimeProvider time, TimeSpan lifetime)
    where T : class
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, T Value)> _entries = new(StringComparer.Ordinal);

    public T? Get(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Value : null;

    public void Set(string key, T value)
    {
        var now = time.GetUtcNow();
        _entries[key] = (now + lifetime, value);
        foreach (var stale in _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
        {
            _entries.TryRemove(stale, out _);
        }
    }
}
