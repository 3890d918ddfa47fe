using System.Globalization;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// Every 5 s: the hub's resident memory (VmRSS from /proc/&lt;pid&gt;/status), the 1-minute load average, and on
/// PostgreSQL the number of server connections to the hub's database. CPU time comes from /proc/&lt;pid&gt;/stat.
/// </summary>
internal sealed class ProcessSampler(int hubPid, Func<Task<long>>? databaseConnections)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public List<double> RssMegabytes { get; } = [];

    public List<double> LoadAverages { get; } = [];

    public List<long> Connections { get; } = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await SampleAsync();
            try
            {
                await Task.Delay(Interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await SampleAsync();
    }

    /// <summary>User plus system CPU time of a process so far (from /proc/&lt;pid&gt;/stat, in clock ticks of 10 ms).</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private async Task SampleAsync()
    {
        var rss = File.ReadLines($"/proc/{hubPid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (rss is not null)
        {
            RssMegabytes.Add(long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0);
        }

        LoadAverages.Add(LoadAverage());
        if (databaseConnections is not null)
        {
            Connections.Add(await databaseConnections());
        }
    }
}
