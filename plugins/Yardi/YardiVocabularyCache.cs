using System.Collections.Concurrent;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// The customer's lists per property connection, kept for <see cref="Lifetime"/> so that creating a work order does not
/// read GetCustomValues every time. Only successful reads are kept.
/// </summary>
internal sealed class YardiVocabularyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (PmsVocabulary Vocabulary, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public async Task<Result<PmsVocabulary>> GetAsync(string key, Func<Task<Result<PmsVocabulary>>> read)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Until > now)
        {
            return entry.Vocabulary;
        }

        var fresh = await read();
        if (fresh.IsSuccess)
        {
            _entries[key] = (fresh.Value, time.GetUtcNow() + Lifetime);
        }

        return fresh;
    }
}
