namespace AiPhoneCoverage.Sdk;

/// <summary>Record the caller's message after a tone (the safe path when the hub cannot run the conversation).</summary>
/// <param name="MaxSeconds">The longest message to record.</param>
public sealed record RecordMessage(int MaxSeconds = 120) : CallAction;
