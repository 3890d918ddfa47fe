namespace AiPhoneCoverage.Simulators;

/// <summary>An outbound call the fake Twilio REST API accepted. Nobody is dialled; a test or `aipc simulate press` answers it.</summary>
/// <param name="Sid">The call sid it answered with (CA and 32 hex digits).</param>
/// <param name="To">The number to call.</param>
/// <param name="From">The caller ID.</param>
/// <param name="Twiml">The inline TwiML, when the request carried Twiml.</param>
/// <param name="Url">The TwiML URL, when the request carried Url instead.</param>
/// <param name="IdempotencyToken">The request's I-Twilio-Idempotency-Token header, when it had one.</param>
/// <param name="ReceivedAt">When the simulator accepted it.</param>
public sealed record TwilioLedgerCall(string Sid, string To, string From, string? Twiml, string? Url, string? IdempotencyToken, DateTimeOffset ReceivedAt)
{
    /// <summary><c>queued</c> until answered, <c>in-progress</c> while an answer runs, then <c>completed</c>.</summary>
    public string Status { get; init; } = "queued";

    /// <summary>Every time the call was answered (<c>POST /__simulate/answer</c>), oldest first.</summary>
    public IReadOnlyList<TwilioCallAnswer> Answers { get; init; } = [];
}
