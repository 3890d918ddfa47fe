namespace AiPhoneCoverage.Simulators;

/// <summary>An outbound call the fake Twilio REST API accepted (it is recorded, never dialled).</summary>
/// <param name="Sid">The call sid it answered with (CA and 32 hex digits).</param>
/// <param name="To">The number to call.</param>
/// <param name="From">The caller ID.</param>
/// <param name="Twiml">The inline TwiML, when the request carried Twiml.</param>
/// <param name="Url">The TwiML URL, when the request carried Url instead.</param>
/// <param name="IdempotencyToken">The request's I-Twilio-Idempotency-Token header, when it had one.</param>
/// <param name="ReceivedAt">When the simulator accepted it.</param>
public sealed record TwilioLedgerCall(string Sid, string To, string From, string? Twiml, string? Url, string? IdempotencyToken, DateTimeOffset ReceivedAt);
