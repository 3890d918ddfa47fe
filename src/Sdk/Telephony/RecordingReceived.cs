namespace AiPhoneCoverage.Sdk;

/// <summary>A recording finished (a message left on the safe path).</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="RecordingUrl">Where the provider keeps the recording.</param>
/// <param name="DurationSeconds">Its length, if given.</param>
public sealed record RecordingReceived(string CallId, string RecordingUrl, int? DurationSeconds) : CallEvent(CallId);
