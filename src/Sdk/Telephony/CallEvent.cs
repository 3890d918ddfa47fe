namespace AiPhoneCoverage.Sdk;

/// <summary>A canonical call event parsed from a provider's webhook.</summary>
/// <param name="CallId">The provider's call id (Twilio CallSid), or message id for SMS.</param>
public abstract record CallEvent(string CallId);

/// <summary>A call came in.</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="From">The caller's number, E.164 where the provider gives it.</param>
/// <param name="To">The number called.</param>
public sealed record CallStarted(string CallId, string From, string To) : CallEvent(CallId);

/// <summary>The caller answered a prompt.</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="Speech">Recognised speech, empty when there was none.</param>
/// <param name="Digits">Keys pressed, empty when none.</param>
/// <param name="Confidence">Recognition confidence, 0 to 1, if given.</param>
/// <param name="Turn">The hub's turn number the answer belongs to (from the action URL).</param>
public sealed record CallerAnswered(string CallId, string Speech, string Digits, double? Confidence, int Turn) : CallEvent(CallId);

/// <summary>The call's status changed.</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="Status">The provider's status, for example <c>ringing</c>, <c>in-progress</c>, <c>completed</c>.</param>
/// <param name="SequenceNumber">The provider's ordering of status callbacks, if given.</param>
public sealed record CallStatusChanged(string CallId, string Status, int? SequenceNumber) : CallEvent(CallId);

/// <summary>A text message came in.</summary>
/// <param name="CallId">The provider's message id.</param>
/// <param name="From">The sender.</param>
/// <param name="To">The hub's number.</param>
/// <param name="Body">The text.</param>
public sealed record SmsReceived(string CallId, string From, string To, string Body) : CallEvent(CallId);
