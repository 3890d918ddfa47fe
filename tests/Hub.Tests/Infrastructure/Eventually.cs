namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>
/// How a test waits for a real process or a background worker: it polls until a condition holds and fails only after a
/// generous deadline, so a busy machine makes it slower, never red. It never waits a fixed time, and the test asserts
/// order and counts, never how long something took (timing figures belong in the benchmarks).
/// </summary>
internal static class Eventually
{
    /// <summary>How long a condition may take before the test fails.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until <paramref name="condition"/> holds; fails with <paramref name="what"/> (and <paramref name="detail"/>, say a
    /// process's output) after the deadline.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null, Func<string>? detail = null)
    {
        var limit = deadline ?? Deadline;
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                Assert.Fail($"not within {limit.TotalSeconds:0} s: {what}{(detail is null ? string.Empty : "\n" + detail())}");
            }

            await Task.Delay(Step);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the deadline.</summary>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? deadline = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, deadline);

    /// <summary>Waits until <paramref name="probe"/> finds something and returns it.</summary>
    public static async Task<T> FoundAsync<T>(Func<T?> probe, string what)
        where T : class
    {
        T? found = null;
        await UntilAsync(() => (found = probe()) is not null, what);
        return found!;
    }
}
