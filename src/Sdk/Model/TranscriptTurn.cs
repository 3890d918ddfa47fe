namespace AiPhoneCoverage.Sdk;

/// <summary>One turn of a call's conversation.</summary>
/// <param name="Speaker">Who spoke.</param>
/// <param name="Text">What was said (speech recognised for the caller, the prompt for the hub).</param>
/// <param name="At">When, from the hub's <see cref="TimeProvider"/>.</param>
/// <param name="Confidence">Speech-recognition confidence for a caller turn, 0 to 1, if known.</param>
public sealed record TranscriptTurn(Speaker Speaker, string Text, DateTimeOffset At, double? Confidence = null);
