using System.Diagnostics;
using System.Globalization;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>The hub process's resident memory (VmRSS) once ai.local has loaded, on the embedded default with the demo portfolio.</summary>
internal static class MemoryMeasurement
{
    public static async Task RunAsync(string hubDll, TextWriter output)
    {
        var data = Path.Combine(Path.GetTempPath(), "aipc-bench", "memory-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet", [hubDll, "serve", "--data", data, "--urls", "http://127.0.0.1:0"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["AIPC_Simulators__Enabled"] = "false";
        using var process = Process.Start(info)!;
        var loaded = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("ai.local loaded", StringComparison.Ordinal) == true)
            {
                loaded.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(2)); // let start-up settle (roster index, first GC)
            var rss = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kilobytes = long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            output.WriteLine(FormattableString.Invariant($"| hub resident memory with ai.local loaded (embedded default, demo portfolio, VmRSS) | {kilobytes / 1024.0:F0} MB |"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
