using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Plugins.Vendors.Generic;

/// <summary>
/// Stripe's scheme (reliability.md §1.2): <c>AiPhoneCoverage-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where
/// the hex is the lowercase HMAC-SHA256 of <c>"{t}.{body}"</c> (UTF-8) under the vendor's secret; one <c>v1</c> per
/// secret during a rotation. The timestamp is signed too, so a vendor can refuse replays outside its window (5 minutes).
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "AiPhoneCoverage-Signature";

    public static string Create(DateTimeOffset at, string body, IEnumerable<string> secrets)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = Encoding.UTF8.GetBytes(t + "." + body);
        return "t=" + t + string.Concat(secrets.Select(s => ",v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(s), payload))));
    }
}
