using System.Globalization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// Pages of a roster that RPX answers in one piece: the first page fetches the whole list and keeps it for ten
/// minutes as a snapshot; the cursor <c>rpx:{snapshot}:{offset}</c> reads the next page from it. If the snapshot has
/// expired, the list is fetched again and the export goes on at the same offset (the order is stable: unit, then
/// member id). RPX has no incremental export, so a <c>since:</c> cursor gets the whole roster.
/// </summary>
internal sealed class RosterPages(RpxReads reads, TimeProvider time)
{
    private const string Prefix = "rpx:";
    private readonly TimedCache<List<RosterEntry>> _snapshots = new(time, TimeSpan.FromMinutes(10));

    public async Task<Result<RosterPage>> ReadAsync(RpxSettings settings, string? cursor, CancellationToken cancellationToken)
    {
        var (snapshotId, offset) = (Guid.NewGuid().ToString("N"), 0);
        List<RosterEntry>? residents = null;
        if (cursor is not null && !cursor.StartsWith("since:", StringComparison.Ordinal))
        {
            var parts = cursor.StartsWith(Prefix, StringComparison.Ordinal) ? cursor[Prefix.Length..].Split(':') : [];
            if (parts.Length != 2 || parts[0].Length == 0 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                return ProviderError.Permanent("bad_cursor", "RealPage: the roster cursor is not one this connector issued; start the export again.");
            }

            snapshotId = parts[0];
            residents = _snapshots.Get(Key(settings, snapshotId));
        }

        if (residents is null)
        {
            var fetched = await reads.CurrentResidentsAsync(settings, cancellationToken);
            if (!fetched.IsSuccess)
            {
                return fetched.Error;
            }

            residents = fetched.Value;
            _snapshots.Set(Key(settings, snapshotId), residents);
        }

        var page = residents.Skip(offset).Take(settings.RosterPageSize).ToList();
        var next = offset + page.Count;
        return new RosterPage(page, next < residents.Count ? $"{Prefix}{snapshotId}:{next.ToString(CultureInfo.InvariantCulture)}" : null);
    }

    private static string Key(RpxSettings settings, string snapshotId) => settings.CacheKey + "|" + snapshotId;
}
