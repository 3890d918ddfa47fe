using System.Diagnostics;
using System.Text;
using AiPhoneCoverage.Hub.Hosting;

namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>The built hub run as its own process (`aipc serve`), as an operator runs it.</summary>
internal sealed partial class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private HubProcess(Process process, string dataPath)
    {
        _process = process;
        DataPath = dataPath;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string DataPath { get; }

    public HubLockInfo? Lock { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The hub's own build output, so that it runs with its own plugins folder and runtime settings.</summary>
    public static string HubDll
    {
        get
        {
            var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')));
            return Path.Combine(RepoPaths.Root, "src", "Hub", "bin", configuration!, "net10.0", "AiPhoneCoverage.Hub.dll");
        }
    }

    /// <summary>Where it serves, from its "listening on" line.</summary>
    public Uri Url => ListeningOn().Match(Output) is { Success: true } match
        ? new Uri(match.Groups[1].Value)
        : throw new InvalidOperationException($"the hub has not said where it listens:\n{Output}");

    /// <summary>Starts `aipc serve` on <paramref name="urls"/> (a free port by default) and waits until it serves.</summary>
    public static async Task<HubProcess> StartAsync(string dataPath, IReadOnlyDictionary<string, string>? environment = null, string urls = "http://127.0.0.1:0")
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { HubDll, "serve", "--data", dataPath, "--urls", urls })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["AIPC_Simulators__Enabled"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var hub = new HubProcess(Process.Start(info)!, dataPath);
        await hub.WaitUntilServingAsync();
        return hub;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                // Without a timeout, WaitForExit also waits until the redirected output has been read to its end.
                _process.WaitForExit();
                throw new InvalidOperationException($"the hub exited with {_process.ExitCode}:\n{Output}");
            }

            // On PostgreSQL there is no lock: every node serves.
            Lock = HubLock.ReadHolder(Path.Combine(DataPath, "hub.lock"));
            if ((Lock is not null || Output.Contains("(storage: PostgreSql", StringComparison.Ordinal)) && Output.Contains("listening on", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"the hub did not start within 60 s:\n{Output}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"hub listening on (http://\S+) ")]
    private static partial System.Text.RegularExpressions.Regex ListeningOn();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>Kills the hub with SIGKILL, as a crash would; disposing later does nothing more.</summary>
    public ValueTask KillAsync() => DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
