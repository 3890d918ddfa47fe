using System.Security.Cryptography;
using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Security;
using Microsoft.Extensions.Configuration;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// The secret key of <see cref="PhoneHasher"/>. From configuration <c>Security:LookupKey</c> (base64, 32 bytes; required when
/// several hub nodes share a PostgreSQL database), otherwise created once in the data directory (<c>keys/lookup.key</c>, mode 600).
/// </summary>
internal sealed class LookupKey
{
    private LookupKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static LookupKey Load(IConfiguration configuration, DataDirectory dataDirectory)
    {
        var configured = configuration["Security:LookupKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32 ? new LookupKey(bytes) : throw new InvalidOperationException("Security:LookupKey must be at least 32 bytes, base64.");
        }

        var path = dataDirectory.Combine("keys", "lookup.key");
        return new LookupKey(Convert.FromBase64String(LocalSecret.LoadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
    }
}
