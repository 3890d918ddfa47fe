using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>
/// The token that lets the operator's own aipc commands call the running hub (it is recorded in the lock file, mode 600).
/// From <c>Security:AdminToken</c> when configured, otherwise new at every start.
/// </summary>
internal sealed class AdminToken(string value)
{
    public string Value { get; } = value;

    public static AdminToken Create(string? configured) =>
        new(string.IsNullOrWhiteSpace(configured) ? SecretTokens.New() : configured);

    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Value));
}
