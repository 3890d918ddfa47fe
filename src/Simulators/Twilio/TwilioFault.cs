namespace AiPhoneCoverage.Simulators;

/// <summary>A fault the fake Twilio REST API applies to a request; see <see cref="TwilioSimulator.InjectFault"/>.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Duration">The Retry-After for <see cref="TwilioFaultKind.TooManyRequests"/>, the wait for <see cref="TwilioFaultKind.Delay"/> (the shortest, with <see cref="MaxDuration"/>).</param>
public sealed record TwilioFault(TwilioFaultKind Kind, TimeSpan Duration)
{
    /// <summary>For <see cref="TwilioFaultKind.Delay"/>: the longest wait; each request waits a time drawn from <see cref="Duration"/> to this.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>A 500 answer.</summary>
    public static TwilioFault ServerError() => new(TwilioFaultKind.ServerError, TimeSpan.Zero);

    /// <summary>A 429 answer whose Retry-After header holds <paramref name="retryAfter"/>, in whole seconds.</summary>
    public static TwilioFault TooManyRequests(TimeSpan retryAfter) => new(TwilioFaultKind.TooManyRequests, retryAfter);

    /// <summary>The request is answered normally, <paramref name="delay"/> late.</summary>
    public static TwilioFault Delay(TimeSpan delay) => new(TwilioFaultKind.Delay, delay);

    /// <summary>The request is answered normally, late by a time drawn uniformly per request from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static TwilioFault Delay(TimeSpan min, TimeSpan max) => new(TwilioFaultKind.Delay, min) { MaxDuration = max };

    /// <summary>The message or call is recorded, then the connection is closed without an answer.</summary>
    public static TwilioFault CreatedThenDropped() => new(TwilioFaultKind.CreatedThenDropped, TimeSpan.Zero);

    /// <summary>The wait for the request now arriving (<see cref="TwilioFaultKind.Delay"/>).</summary>
    public TimeSpan DrawDelay() => FaultLatency.Draw(Duration, MaxDuration);
}
