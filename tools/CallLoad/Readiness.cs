namespace AiPhoneCoverage.CallLoad;

/// <summary>Polls a child process's health URL until it answers 200 (with the expected text, if any).</summary>
internal static class Readiness
{
    public static async Task WaitForHealthAsync(Uri health, ChildProcess process, string? expected, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the process behind {health} exited");
            }

            try
            {
                using var response = await http.GetAsync(health);
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && (expected is null || body.Contains(expected, StringComparison.Ordinal)))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{health} did not answer within {timeout.TotalSeconds:0} s");
    }
}
