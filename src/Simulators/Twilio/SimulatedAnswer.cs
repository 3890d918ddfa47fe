namespace AiPhoneCoverage.Simulators;

/// <summary>What <c>POST /__simulate/answer</c> answers: which call was answered, and how it went.</summary>
/// <param name="CallSid">The call answered.</param>
/// <param name="To">The phone that answered.</param>
/// <param name="From">The caller ID the hub placed it with.</param>
/// <param name="Answer">The keys, the transcript, every webhook exchange with the hub's TwiML, and the ending.</param>
public sealed record SimulatedAnswer(string CallSid, string To, string From, TwilioCallAnswer Answer);
