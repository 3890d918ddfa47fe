namespace AiPhoneCoverage.Simulators;

/// <summary>One line of a scripted call: a hub Say, or a caller turn (speech, or "[pressed 1]" for keys).</summary>
public sealed record TranscriptLine(CallSpeaker Speaker, string Text, DateTimeOffset At);
