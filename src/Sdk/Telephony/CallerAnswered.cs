namespace AiPhoneCoverage.Sdk;

/// <summary>The caller answered a prompt.</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="Speech">Recognised speech, empty when there was none.</param>
/// <param name="Digits">Keys pressed, empty when none.</param>
/// <param name="Confidence">Recognition confidence, 0 to 1, if given.</param>
/// <param name="Turn">The hub's turn number the answer belongs to (from the action URL).</param>
public sealed record CallerAnswered(string CallId, string Speech, string Digits, double? Confidence, int Turn) : CallEvent(CallId);
