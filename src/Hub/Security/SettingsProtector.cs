using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Hub.Hosting;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>
/// Encrypts connection settings (PMS credentials) at rest with AES-256-GCM. The key comes from configuration
/// <c>Security:SettingsKey</c> (base64, 32 bytes; required when several nodes share a PostgreSQL database), otherwise it
/// is made once in the data directory (<c>keys/settings.key</c>, mode 600). Stored values read <c>enc:v1:...</c>; a value
/// without the prefix (written before encryption existed) is read as it is and encrypted on its next write.
/// </summary>
internal sealed class SettingsProtector
{
    private const string Prefix = "enc:v1:";
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("aipc/pms-settings");
    private readonly byte[] _key;

    public SettingsProtector(IConfiguration configuration, DataDirectory data)
    {
        var configured = configuration["Security:SettingsKey"];
        _key = Convert.FromBase64String(string.IsNullOrWhiteSpace(configured)
            ? LocalSecret.LoadOrCreate(data.Combine("keys", "settings.key"), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            : configured);
        if (_key.Length != 32)
        {
            throw new InvalidOperationException("Security:SettingsKey must be 32 bytes, base64.");
        }
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBox = new byte[12 + 16 + plain.Length];
        var nonce = sealedBox.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, 16);
        aes.Encrypt(nonce, plain, sealedBox.AsSpan(28), sealedBox.AsSpan(12, 16), Purpose);
        return Prefix + Convert.ToBase64String(sealedBox);
    }

    public string Unprotect(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var sealedBox = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[sealedBox.Length - 28];
        using var aes = new AesGcm(_key, 16);
        aes.Decrypt(sealedBox.AsSpan(0, 12), sealedBox.AsSpan(28), sealedBox.AsSpan(12, 16), plain, Purpose);
        return Encoding.UTF8.GetString(plain);
    }
}
