using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// X-Twilio-Signature as Twilio computes it (twilio.md 1.2): Base64(HMAC-SHA1(auth token, URL followed by every POST
/// parameter as name then value, sorted by name with ordinal comparison)). For a GET the parameters are in the URL and
/// the list is empty.
/// </summary>
public static class TwilioRequestSigner
{
    /// <summary>The header that carries the signature.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The signature of a request to <paramref name="url"/> (exactly as requested, query included) with these form parameters.</summary>
    public static string Sign(string authToken, Uri url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Sign(authToken, url.AbsoluteUri, parameters);
    }

    /// <summary>The signature of a request to the URL string <paramref name="url"/>, taken character for character.</summary>
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var signed = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            signed.Append(name).Append(value);
        }

        // CA5350: SHA-1 is Twilio's scheme, not our choice; the simulator has to compute what Twilio sends.
#pragma warning disable CA5350
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
#pragma warning restore CA5350
    }
}
