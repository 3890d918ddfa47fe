namespace AiPhoneCoverage.Sdk;

/// <summary>The body the hub returns to the provider's webhook.</summary>
/// <param name="ContentType">The media type, for example <c>application/xml</c>.</param>
/// <param name="Body">The rendered body.</param>
public sealed record TelephonyResponse(string ContentType, string Body);
