using System.Diagnostics;
using System.Text;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>The built hub (`serve`) as a child process on a benchmark's data directory and database, killable with SIGKILL.</summary>
internal sealed class HubChild : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HubChild(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the hub wrote so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts `serve` (simulators off, the demo not seeded) and returns once it listens.</summary>
    public static async Task<HubChild> StartAsync(string hubDll, BenchHub hub)
    {
        var info = new ProcessStartInfo("dotnet", [hubDll, "serve", "--data", hub.DataPath, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["AIPC_Simulators__Enabled"] = "false";
        info.Environment["AIPC_Hub__SeedDemo"] = "false";
        info.Environment["AIPC_Storage__Provider"] = hub.ConnectionString is null ? "Sqlite" : "PostgreSql";
        info.Environment["AIPC_Storage__ConnectionString"] = hub.ConnectionString ?? string.Empty;
        var child = new HubChild(Process.Start(info)!);
        var exited = child._process.WaitForExitAsync();
        if (await Task.WhenAny(child._listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60))) != child._listening.Task)
        {
            await child.DisposeAsync();
            throw new InvalidOperationException($"the hub did not start listening within 60 s:\n{child.Log}");
        }

        return child;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or a power cut ends it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (line.Contains("listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
