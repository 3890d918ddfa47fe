namespace AiPhoneCoverage.Sdk;

/// <summary>An inbound webhook exactly as it arrived, for the provider to verify and parse.</summary>
/// <param name="Kind">Which webhook route it came in on.</param>
/// <param name="PathAndQuery">The request's path and query, to be joined to <see cref="TelephonyAccount.PublicBaseUrl"/>.</param>
/// <param name="Headers">Request headers (case-insensitive names).</param>
/// <param name="Form">Form fields of the body.</param>
public sealed record TelephonyWebhook(
    WebhookKind Kind,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Form);
