using System.Globalization;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// The whole machine's CPU over a window, whoever used it (another build or test run shares these 2 cores): busy cores
/// from /proc/stat, and the share of time some runnable task waited for a CPU (/proc/pressure/cpu, "some").
/// </summary>
internal sealed record MachineCpu(double BusyCores, double? PressurePercent)
{
    public static Snapshot Take() => new(ReadStat(), ReadPressure(), TimeProvider.System.GetUtcNow());

    public static MachineCpu Between(Snapshot start, Snapshot end)
    {
        var seconds = (end.At - start.At).TotalSeconds;
        var busy = (end.Busy - start.Busy) / 100.0 / seconds; // USER_HZ is 100 on Linux
        double? pressure = start.StallMicroseconds is { } a && end.StallMicroseconds is { } b ? (b - a) / 10_000.0 / seconds : null;
        return new MachineCpu(busy, pressure);
    }

    private static long ReadStat()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already in user)
        return fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
    }

    private static long? ReadPressure()
    {
        if (!File.Exists("/proc/pressure/cpu"))
        {
            return null;
        }

        var some = File.ReadLines("/proc/pressure/cpu").First(l => l.StartsWith("some", StringComparison.Ordinal));
        return long.Parse(some[(some.LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Counters at one moment.</summary>
    internal sealed record Snapshot(long Busy, long? StallMicroseconds, DateTimeOffset At);
}
