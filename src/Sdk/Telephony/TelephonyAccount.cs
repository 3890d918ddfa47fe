namespace AiPhoneCoverage.Sdk;

/// <summary>A portfolio's account at a telephony provider.</summary>
/// <param name="AccountId">The provider's account id (Twilio account SID).</param>
/// <param name="AuthToken">The secret that signs webhooks and authenticates API calls. Never log it.</param>
/// <param name="PublicBaseUrl">The public URL the provider calls, as configured (it is what signatures cover behind a proxy).</param>
/// <param name="Voice">The text-to-speech voice, in the provider's naming (for example <c>Polly.Joanna-Neural</c>); null for the provider's default.</param>
/// <param name="Language">The language of speech and recognition, for example <c>en-US</c>; null for the provider's default.</param>
/// <param name="ApiBaseUrl">The provider's REST API root; null for the provider's public API (a simulator's address in demos and tests).</param>
public sealed record TelephonyAccount(
    string AccountId,
    string AuthToken,
    Uri PublicBaseUrl,
    string? Voice = null,
    string? Language = null,
    Uri? ApiBaseUrl = null);
