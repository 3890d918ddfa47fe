namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A call the account placed through the REST API (direction outbound-api), now answered: it runs its inline TwiML, or
/// fetches its Url with CallStatus=in-progress, instead of posting an incoming-call webhook.
/// </summary>
/// <param name="CallSid">The sid the REST API gave it.</param>
/// <param name="Twiml">The inline TwiML, when the call was created with Twiml.</param>
/// <param name="Url">The TwiML URL, when it was created with Url.</param>
/// <param name="ResourceUrl">The call's resource on the simulator: the document URL of inline TwiML.</param>
internal sealed record PlacedCall(string CallSid, string? Twiml, Uri? Url, Uri ResourceUrl);
