using System.Collections.Concurrent;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>Values kept for a few minutes per key (a property's connection), by the injected clock. Failures are not kept.</summary>
internal sealed class TimedCache<T>(TimeSpan lifetime, TimeProvider time)
    where T : class
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, T Value)> _entries = new(StringComparer.Ordinal);

    public T? Get(string key) => _entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Value : null;

    public void Set(string key, T value) => _entries[key] = (time.GetUtcNow() + lifetime, value);
}
