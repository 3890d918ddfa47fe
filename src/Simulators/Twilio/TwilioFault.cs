namespace AiPhoneCoverage.Simulators;

/// <summary>A fault the fake Twilio REST API applies to a request; see <see cref="TwilioSimulator.InjectFault"/>.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Duration">The Retry-After for <see cref="TwilioFaultKind.TooManyRequests"/>, the wait for <see cref="TwilioFaultKind.Delay"/>.</param>
public sealed record TwilioFault(TwilioFaultKind Kind, TimeSpan Duration)
{
    /// <summary>A 500 answer.</summary>
    public static TwilioFault ServerError() => new(TwilioFaultKind.ServerError, TimeSpan.Zero);

    /// <summary>A 429 answer whose Retry-After header holds <paramref name="retryAfter"/>, in whole seconds.</summary>
    public static TwilioFault TooManyRequests(TimeSpan retryAfter) => new(TwilioFaultKind.TooManyRequests, retryAfter);

    /// <summary>The request is answered normally, <paramref name="delay"/> late.</summary>
    public static TwilioFault Delay(TimeSpan delay) => new(TwilioFaultKind.Delay, delay);
}
