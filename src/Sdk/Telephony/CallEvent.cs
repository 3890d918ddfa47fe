namespace AiPhoneCoverage.Sdk;

/// <summary>A canonical call event parsed from a provider's webhook.</summary>
/// <param name="CallId">The provider's call id (Twilio CallSid), or message id for SMS.</param>
public abstract record CallEvent(string CallId);
