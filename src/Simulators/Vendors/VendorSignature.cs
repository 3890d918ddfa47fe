using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Checks <c>AiPhoneCoverage-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=…]</c> the way a vendor should: some
/// v1 equals the HMAC-SHA256 of <c>"{t}.{body}"</c> under the secret (compared in fixed time), and t is within the
/// tolerance of now (Stripe's 300 s), so that a captured request cannot be replayed later.
/// </summary>
internal static class VendorSignature
{
    public const string Header = "AiPhoneCoverage-Signature";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Null when the signature holds, else why not.</summary>
    public static string? Check(string? header, string body, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return $"no {Header} header";
        }

        var parts = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToList();
        var timestamps = parts.Where(p => p[0] == "t").Select(p => p[1]).ToList();
        if (timestamps.Count != 1 || !long.TryParse(timestamps[0], NumberStyles.None, CultureInfo.InvariantCulture, out var t))
        {
            return "the header has no single t=<unix seconds>";
        }

        var signatures = parts.Where(p => p[0] == "v1").Select(p => p[1]).ToList();
        if (signatures.Count == 0)
        {
            return "the header has no v1 signature";
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamps[0] + "." + body));
        if (!signatures.Any(s => IsHex(s) && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(s), expected)))
        {
            return "no v1 signature matches the body under the vendor's secret";
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(t);
        return age.Duration() > Tolerance ? $"the timestamp is {(int)age.TotalSeconds} s from now, outside the {(int)Tolerance.TotalSeconds} s tolerance" : null;
    }

    private static bool IsHex(string text) => text.Length == 64 && text.All(Uri.IsHexDigit);
}
