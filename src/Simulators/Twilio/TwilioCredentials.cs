using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Simulators;

/// <summary>The simulated account: Basic auth is the account sid and the auth token, and the path must name the same account.</summary>
internal sealed class TwilioCredentials(string accountSid, string authToken)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}")));

    public string AccountSid { get; } = accountSid;

    public bool Accepts(string? authorization) =>
        authorization is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization), _expected);
}
