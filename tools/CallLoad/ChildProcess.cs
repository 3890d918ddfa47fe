using System.Collections.Concurrent;
using System.Diagnostics;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// A `dotnet &lt;dll&gt; ...` child process whose output is kept (the last lines, for diagnosis) and watched line by
/// line; disposing kills it and its children.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ChildProcess(Process process) => _process = process;

    /// <summary>Called for every line the process writes, on either stream.</summary>
    public event Action<string>? LineWritten;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyCollection<string> LastLines => _lines;

    public static ChildProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = info });
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a command to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var child = Start(arguments);
        using var cancel = new CancellationTokenSource(timeout);
        await child._process.WaitForExitAsync(cancel.Token);
        child._process.WaitForExit(); // drains the redirected streams
        return (child._process.ExitCode, string.Join('\n', child._lines));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }

        LineWritten?.Invoke(line);
    }
}
