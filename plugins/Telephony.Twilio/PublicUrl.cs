using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Telephony.Twilio;

/// <summary>
/// The absolute URL Twilio calls for a hub path: the account's public base URL as configured (so that it is the URL
/// Twilio signed even behind a proxy or TLS terminator) joined to the path and query the hub serves.
/// </summary>
internal static class PublicUrl
{
    public static string Of(TelephonyAccount account, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        if (pathAndQuery[0] != '/')
        {
            throw new ArgumentException($"A hub path must start with '/' (got '{pathAndQuery}').", nameof(pathAndQuery));
        }

        return account.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + pathAndQuery;
    }

    public static Uri UriOf(TelephonyAccount account, string pathAndQuery) => new(Of(account, pathAndQuery), UriKind.Absolute);
}
