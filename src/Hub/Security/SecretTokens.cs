using System.Security.Cryptography;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>New random secrets (API keys, the local admin token): 32 random bytes, URL-safe base64.</summary>
internal static class SecretTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
