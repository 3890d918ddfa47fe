using System.Security.Cryptography;
using System.Text;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>
/// The keyed hash that indexes phone numbers: HMAC-SHA256 of the E.164 number under the hub's lookup key. Without the
/// key a stolen database cannot be searched by number, and the number column can be encrypted without touching the index.
/// </summary>
internal sealed class PhoneHasher(LookupKey key)
{
    public byte[] Hash(string e164)
    {
        Span<byte> input = stackalloc byte[32];
        var length = Encoding.ASCII.GetBytes(e164, input);
        return HMACSHA256.HashData(key.Bytes, input[..length]);
    }

    /// <summary>The first 16 bytes of the hash, the in-memory roster index's key.</summary>
    public UInt128 IndexKey(string e164)
    {
        Span<byte> input = stackalloc byte[32];
        Span<byte> hash = stackalloc byte[32];
        var length = Encoding.ASCII.GetBytes(e164, input);
        HMACSHA256.HashData(key.Bytes, input[..length], hash);
        return IndexKey(hash);
    }

    public static UInt128 IndexKey(ReadOnlySpan<byte> hash) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
}
