namespace AiPhoneCoverage.Sdk;

/// <summary>A portfolio's account at a telephony provider.</summary>
/// <param name="AccountId">The provider's account id (Twilio account SID).</param>
/// <param name="AuthToken">The secret that signs webhooks and authenticates API calls. Never log it.</param>
/// <param name="PublicBaseUrl">The public URL the provider calls, as configured (it is what signatures cover behind a proxy).</param>
public sealed record TelephonyAccount(string AccountId, string AuthToken, Uri PublicBaseUrl);
