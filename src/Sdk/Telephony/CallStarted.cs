namespace AiPhoneCoverage.Sdk;

/// <summary>A call came in.</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="From">The caller's number, E.164 where the provider gives it.</param>
/// <param name="To">The number called.</param>
public sealed record CallStarted(string CallId, string From, string To) : CallEvent(CallId);
