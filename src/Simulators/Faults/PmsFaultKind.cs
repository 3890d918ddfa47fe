namespace AiPhoneCoverage.Simulators;

/// <summary>What an injected fault does to a request of a simulated PMS (pms-apis.md §5, reliability.md T3).</summary>
public enum PmsFaultKind
{
    /// <summary>Wait <see cref="PmsFault.Duration"/>, then answer normally.</summary>
    Latency,

    /// <summary>Answer 500 (503 for a gateway page) without acting.</summary>
    ServerError,

    /// <summary>Close the connection without an answer, without acting.</summary>
    ConnectionReset,

    /// <summary>Answer 200 with a body that is not the API's format, without acting.</summary>
    MalformedBody,

    /// <summary>Refuse for throttling in the PMS's own way (AppFolio 429 with Retry-After = Duration; an in-body message for the SOAP APIs).</summary>
    Throttled,

    /// <summary>Act on the request (a work order is created), then close the connection before answering.</summary>
    CreatedThenDropped,

    /// <summary>Act on the request, then answer success without the new record's id.</summary>
    NoIdReturned,
}
