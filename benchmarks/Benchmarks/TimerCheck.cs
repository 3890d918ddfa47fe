using System.Globalization;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>
/// What the database holds after a timer measurement: how many instances finished, how many resumed their delay exactly
/// once, the timer rows left, and each finished instance's UpdatedAt (the time of the resume that finished it, set just
/// before its commit).
/// </summary>
internal sealed record TimerCheck(int Started, int Finished, int ResumedOnce, int TimersLeft, IReadOnlyDictionary<Guid, DateTimeOffset> ResumedAt)
{
    public bool Passed => Finished == Started && ResumedOnce == Started && TimersLeft == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Finished:N0} of {Started:N0} instances finished, {ResumedOnce:N0} with their delay resumed exactly once, {TimersLeft:N0} timer rows left");
}
