namespace AiPhoneCoverage.Simulators;

/// <summary>What happened on one scripted call.</summary>
/// <param name="CallSid">The call's sid (CA and 32 hex digits), sent on every webhook.</param>
/// <param name="Transcript">The hub's Says and the caller's turns, in order.</param>
/// <param name="Exchanges">Every webhook and its answer, the status callback last.</param>
/// <param name="Ending">How the call ended.</param>
/// <param name="Requests">Every signed request sent, in order, ready to be sent again with <see cref="ScriptedCaller.SendAsync(SignedWebhook, CancellationToken)"/>.</param>
public sealed record ScriptedCall(
    string CallSid,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<WebhookExchange> Exchanges,
    CallEnding Ending,
    IReadOnlyList<SignedWebhook> Requests);
