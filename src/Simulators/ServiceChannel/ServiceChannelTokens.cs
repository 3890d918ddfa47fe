using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The token endpoint's side: client credentials checked (Basic, or client_id and client_secret in the form), tokens
/// issued with a lifetime, honoured until they expire by the clock or until <see cref="ExpireAll"/>.
/// </summary>
internal sealed class ServiceChannelTokens(string clientId, string clientSecret, TimeSpan lifetime, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private int _issued;

    public int Issued
    {
        get
        {
            lock (_lock)
            {
                return _issued;
            }
        }
    }

    public TimeSpan Lifetime => lifetime;

    public bool AcceptsClient(string? id, string? secret) =>
        id is not null && secret is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(id), Encoding.UTF8.GetBytes(clientId))
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(clientSecret));

    public string Issue()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        lock (_lock)
        {
            _tokens[token] = time.GetUtcNow() + lifetime;
            _issued++;
        }

        return token;
    }

    public bool IsValid(string? token)
    {
        lock (_lock)
        {
            return token is not null && _tokens.TryGetValue(token, out var expires) && expires > time.GetUtcNow();
        }
    }

    /// <summary>Every token issued so far stops working (expired or revoked).</summary>
    public void ExpireAll()
    {
        lock (_lock)
        {
            _tokens.Clear();
        }
    }
}
