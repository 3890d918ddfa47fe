namespace AiPhoneCoverage.Sdk;

/// <summary>The call's status changed.</summary>
/// <param name="CallId">The provider's call id.</param>
/// <param name="Status">The provider's status, for example <c>ringing</c>, <c>in-progress</c>, <c>completed</c>.</param>
/// <param name="SequenceNumber">The provider's ordering of status callbacks, if given.</param>
public sealed record CallStatusChanged(string CallId, string Status, int? SequenceNumber) : CallEvent(CallId);
