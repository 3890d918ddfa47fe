using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Security;
using Microsoft.AspNetCore.WebUtilities;

namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>
/// Signed acknowledgement links for page texts: <c>/ack/{token}</c>, where the token names the portfolio and the page
/// (step), expires, and carries an HMAC-SHA256 under the hub's link key (<c>Security:LinkKey</c>, or
/// <c>keys/links.key</c> in the data directory). A forged, altered or expired token is refused.
/// </summary>
internal sealed class AckLinks
{
    /// <summary>How long a page's link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly byte[] _key;

    public AckLinks(IConfiguration configuration, DataDirectory data)
    {
        var configured = configuration["Security:LinkKey"];
        _key = Convert.FromBase64String(string.IsNullOrWhiteSpace(configured)
            ? LocalSecret.LoadOrCreate(data.Combine("keys", "links.key"), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            : configured);
    }

    public string Token(Guid portfolioId, Guid stepId, DateTimeOffset now)
    {
        var body = $"{portfolioId:N}.{stepId:N}.{(now + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return $"{body}.{Sign(body)}";
    }

    /// <summary>The page a token names, or null when it is forged, altered or expired.</summary>
    public (Guid PortfolioId, Guid StepId)? Read(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 4
            || !Guid.TryParseExact(parts[0], "N", out var portfolioId)
            || !Guid.TryParseExact(parts[1], "N", out var stepId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(string.Join('.', parts[..3])));
        var given = Encoding.ASCII.GetBytes(parts[3]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given) || DateTimeOffset.FromUnixTimeSeconds(expires) < now)
        {
            return null;
        }

        return (portfolioId, stepId);
    }

    private string Sign(string body) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(body)));
}
