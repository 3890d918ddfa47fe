namespace AiPhoneCoverage.Simulators;

/// <summary>What an injected fault does to a request of the fake Twilio REST API.</summary>
public enum TwilioFaultKind
{
    /// <summary>Answer 500 with Twilio's error JSON; nothing is recorded.</summary>
    ServerError,

    /// <summary>Answer 429 with a Retry-After header and Twilio's error JSON; nothing is recorded.</summary>
    TooManyRequests,

    /// <summary>Wait, then handle the request normally.</summary>
    Delay,

    /// <summary>
    /// Handle the request normally (a create records the message or call), then close the connection without a status
    /// line: the client cannot know whether it was sent, and must look it up before sending again.
    /// </summary>
    CreatedThenDropped,
}
