using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// Ids for audit entries that sort in the order they were made: UUIDv7 (RFC 9562) with the millisecond timestamp and,
/// in the 12 bits after the version, a counter that goes up for every id in the same millisecond of this process.
/// Entries written in one unit of work at one instant (a page timed out, the next tier paged) keep their order.
/// </summary>
internal static class AuditIds
{
    private static readonly Lock Gate = new();
    private static long _lastMilliseconds;
    private static int _counter;

    public static Guid Next(DateTimeOffset at)
    {
        long milliseconds;
        int counter;
        lock (Gate)
        {
            milliseconds = Math.Max(at.ToUnixTimeMilliseconds(), _lastMilliseconds);
            _counter = milliseconds == _lastMilliseconds ? _counter + 1 : 0;
            if (_counter > 0xFFF)
            {
                (milliseconds, _counter) = (milliseconds + 1, 0); // 4,096 in one millisecond: borrow the next one
            }

            (_lastMilliseconds, counter) = (milliseconds, _counter);
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        BinaryPrimitives.WriteInt64BigEndian(bytes, milliseconds << 16);
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
