using System.Diagnostics;

namespace AiPhoneCoverage.Benchmarks;

/// <summary>The built hub binary (Release), from process start to answering /health on the embedded default.</summary>
internal static class StartupMeasurement
{
    public static async Task RunAsync(string hubDll, TextWriter output)
    {
        var data = Path.Combine(Path.GetTempPath(), "aipc-bench", "startup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = await StartOnceAsync(hubDll, data);
            var runs = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                runs.Add(await StartOnceAsync(hubDll, data));
            }

            runs.Sort();
            output.WriteLine(FormattableString.Invariant(
                $"| hub start to listening (/health answers), embedded default | first start on an empty data directory (migrate + seed the demo) {first:F2} s; later starts median {runs[2]:F2} s, worst {runs[^1]:F2} s (5 runs) |"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<double> StartOnceAsync(string hubDll, string data)
    {
        var port = 56000 + Random.Shared.Next(2000);
        var info = new ProcessStartInfo("dotnet", [hubDll, "serve", "--data", data, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["AIPC_Simulators__Enabled"] = "false";
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
            {
                try
                {
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
                    if (response.IsSuccessStatusCode)
                    {
                        return Stopwatch.GetElapsedTime(started).TotalSeconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(10);
            }

            throw new TimeoutException("the hub did not answer /health within 30 s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
