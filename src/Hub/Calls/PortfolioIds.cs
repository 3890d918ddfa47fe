using System.Collections.Concurrent;
using AiPhoneCoverage.Hub.Portfolios;

namespace AiPhoneCoverage.Hub.Calls;

/// <summary>Portfolio ids by code for the webhook path, cached (codes never change), so a known portfolio resolves without the database.</summary>
internal sealed class PortfolioIds(PortfolioLookup lookup)
{
    private readonly ConcurrentDictionary<string, Guid> _ids = new(StringComparer.Ordinal);

    public async ValueTask<Guid?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (_ids.TryGetValue(code, out var id))
        {
            return id;
        }

        var found = await lookup.FindAsync(code, cancellationToken);
        if (found is { } known)
        {
            _ids[code] = known;
        }

        return found;
    }
}
