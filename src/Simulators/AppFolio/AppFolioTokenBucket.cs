namespace AiPhoneCoverage.Simulators;

/// <summary>The rate limit: a token per request, refilled continuously; an empty bucket says how long until the next token.</summary>
internal sealed class AppFolioTokenBucket(AppFolioRateLimit? limit, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _tokens = limit?.Requests ?? 0;
    private DateTimeOffset _refilledAt = time.GetUtcNow();

    /// <summary>Takes a token; false with the wait for the next one when there is none.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (limit is null)
        {
            return true;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            var perToken = limit.Per / limit.Requests;
            _tokens = Math.Min(limit.Requests, _tokens + ((now - _refilledAt) / perToken));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return true;
            }

            retryAfter = perToken * (1 - _tokens);
            return false;
        }
    }
}
