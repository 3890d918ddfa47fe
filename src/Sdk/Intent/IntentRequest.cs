namespace AiPhoneCoverage.Sdk;

/// <summary>What the model is asked to analyse.</summary>
/// <param name="Turns">The conversation so far, oldest first.</param>
/// <param name="Locale">The caller's language, for example <c>en-US</c>.</param>
public sealed record IntentRequest(IReadOnlyList<TranscriptTurn> Turns, string Locale = "en-US");
