namespace AiPhoneCoverage.Simulators;

/// <summary>A message in the simulated account: one the REST API accepted, a text a phone sent in, or a TwiML reply.</summary>
/// <param name="Sid">The message sid (SM and 32 hex digits).</param>
/// <param name="To">The recipient.</param>
/// <param name="From">The sender: the From number, or the MessagingServiceSid when that was sent instead.</param>
/// <param name="Body">The text.</param>
/// <param name="IdempotencyToken">The request's I-Twilio-Idempotency-Token header, when it had one.</param>
/// <param name="ReceivedAt">When the simulator accepted it.</param>
public sealed record TwilioLedgerMessage(string Sid, string To, string From, string Body, string? IdempotencyToken, DateTimeOffset ReceivedAt)
{
    /// <summary>Twilio's direction: <c>outbound-api</c> (created through the REST API), <c>inbound</c> (a text to one of the
    /// account's numbers) or <c>outbound-reply</c> (a <c>&lt;Message&gt;</c> in the TwiML answer to an inbound text).</summary>
    public string Direction { get; init; } = TwilioMessageDirection.OutboundApi;
}
