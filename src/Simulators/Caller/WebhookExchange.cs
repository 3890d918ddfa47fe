namespace AiPhoneCoverage.Simulators;

/// <summary>One webhook and the hub's answer to it.</summary>
/// <param name="Kind">Why it was sent.</param>
/// <param name="Url">The URL requested.</param>
/// <param name="StatusCode">The HTTP status, or null when no answer came (timeout, refused connection).</param>
/// <param name="Elapsed">From sending the request to reading the whole answer (of the first delivery).</param>
/// <param name="ResponseBody">The answer's body, UTF-8 decoded; empty when there was none.</param>
/// <param name="Failure">Why no answer came, when none did.</param>
/// <param name="RepeatMatched">When the webhook was delivered twice: whether the second answer had the same status and the same bytes. Null otherwise.</param>
public sealed record WebhookExchange(
    TwilioWebhookKind Kind,
    Uri Url,
    int? StatusCode,
    TimeSpan Elapsed,
    string ResponseBody,
    string? Failure,
    bool? RepeatMatched);
