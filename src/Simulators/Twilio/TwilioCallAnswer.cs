namespace AiPhoneCoverage.Simulators;

/// <summary>One answer of a call the hub placed: the keys pressed, and the call as it then ran through the hub's TwiML.</summary>
/// <param name="Digits">The keys pressed at the first Gather.</param>
/// <param name="AnsweredAt">When the answer started.</param>
/// <param name="Transcript">What the hub said (its Says) and the keys pressed, in order.</param>
/// <param name="Exchanges">Every webhook the call sent to the hub and its answer (the TwiML), in order.</param>
/// <param name="Ending">How the call ended.</param>
public sealed record TwilioCallAnswer(
    string Digits,
    DateTimeOffset AnsweredAt,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<WebhookExchange> Exchanges,
    CallEnding Ending);
