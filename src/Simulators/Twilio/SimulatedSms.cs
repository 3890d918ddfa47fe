namespace AiPhoneCoverage.Simulators;

/// <summary>What <c>POST /__simulate/sms</c> answers.</summary>
/// <param name="Message">The inbound text as the ledger holds it.</param>
/// <param name="Exchange">The signed webhook to the hub and its answer (status, body), or why none came.</param>
/// <param name="Replies">The texts the hub's TwiML answer sent back, as the ledger holds them.</param>
/// <param name="TwimlProblem">Why a 2xx answer sent nothing because it was not messaging TwiML; null otherwise.</param>
public sealed record SimulatedSms(TwilioLedgerMessage Message, WebhookExchange Exchange, IReadOnlyList<TwilioLedgerMessage> Replies, string? TwimlProblem);
