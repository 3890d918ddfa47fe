namespace AiPhoneCoverage.Sdk;

/// <summary>A text message came in.</summary>
/// <param name="CallId">The provider's message id.</param>
/// <param name="From">The sender.</param>
/// <param name="To">The hub's number.</param>
/// <param name="Body">The text.</param>
public sealed record SmsReceived(string CallId, string From, string To, string Body) : CallEvent(CallId);
