namespace AiPhoneCoverage.Simulators;

/// <summary>A message the fake Twilio REST API accepted.</summary>
/// <param name="Sid">The message sid it answered with (SM and 32 hex digits).</param>
/// <param name="To">The recipient.</param>
/// <param name="From">The sender: the From number, or the MessagingServiceSid when that was sent instead.</param>
/// <param name="Body">The text.</param>
/// <param name="IdempotencyToken">The request's I-Twilio-Idempotency-Token header, when it had one.</param>
/// <param name="ReceivedAt">When the simulator accepted it.</param>
public sealed record TwilioLedgerMessage(string Sid, string To, string From, string Body, string? IdempotencyToken, DateTimeOffset ReceivedAt);
