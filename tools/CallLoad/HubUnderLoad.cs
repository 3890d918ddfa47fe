using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.CallLoad;

/// <summary>
/// The built hub as its own process (`serve`) on a fresh data directory: SQLite with the demo seeded by serve, or a
/// fresh PostgreSQL database with the demo imported by `portfolio import`. The settings go in the data directory's
/// appsettings.json: a known Twilio account (so that the load tool can sign), the public URL, and the URL of the Twilio
/// REST simulator that takes the hub's texts. That simulator runs in this process, not in the hub's (serve runs none on
/// PostgreSQL, and WireMock's CPU and request log would count as the hub's on SQLite), so the PMS and Twilio simulators
/// of serve are off; the PMS connectors are skeletons that call nobody yet.
/// </summary>
internal sealed class HubUnderLoad : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly TwilioSimulator _twilio;
    private readonly List<string> _problems = [];
    private TextWriter? _hubLog;
    private int _warnings;
    private int _errors;
    private int _degraded;

    private HubUnderLoad(ChildProcess process, TwilioSimulator twilio, Uri url, string accountSid, string authToken)
    {
        _process = process;
        _twilio = twilio;
        Url = url;
        TwilioAccountSid = accountSid;
        TwilioAuthToken = authToken;
        _process.LineWritten += Watch;
    }

    public Uri Url { get; }

    public string TwilioAccountSid { get; }

    public string TwilioAuthToken { get; }

    public int ProcessId => _process.Id;

    /// <summary>Texts the hub's outbox delivered to the Twilio REST simulator.</summary>
    public int TextsSent => _twilio.Messages.Count;

    public int Warnings => Volatile.Read(ref _warnings);

    public int Errors => Volatile.Read(ref _errors);

    /// <summary>Log lines saying a webhook got the degraded answer.</summary>
    public int DegradedLogged => Volatile.Read(ref _degraded);

    /// <summary>The first few warning and error lines, for the report's diagnosis.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return _problems.ToList();
            }
        }
    }

    /// <summary>Sets up the data directory and database, starts the hub, and returns once it answers calls with ai.local loaded.</summary>
    public static async Task<HubUnderLoad> StartAsync(string hubDll, string data, string? postgresDatabase, DemoCallers demo, string? hubLog, TextWriter log)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var sid = "AC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var port = FreePorts.Next();
        var twilioPort = FreePorts.Next();
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "appsettings.json"), Settings(postgresDatabase, url, twilioPort, sid, token).ToJsonString());
        if (postgresDatabase is not null)
        {
            var (exitCode, output) = await ChildProcess.RunAsync(["exec", hubDll, "portfolio", "import", demo.PortfolioFile, "--data", data], TimeSpan.FromMinutes(2));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"portfolio import exited with {exitCode}:\n{output}");
            }
        }

        var twilio = new TwilioSimulator(twilioPort, sid, token);

        var process = ChildProcess.Start(["exec", hubDll, "serve", "--data", data, "--urls", url.ToString().TrimEnd('/')]);
        var hub = new HubUnderLoad(process, twilio, url, sid, token);
        if (hubLog is not null)
        {
            var file = TextWriter.Synchronized(new StreamWriter(hubLog, append: false) { AutoFlush = true });
            process.LineWritten += file.WriteLine;
            hub._hubLog = file;
        }

        var modelLoaded = new TaskCompletionSource();
        process.LineWritten += line =>
        {
            if (line.Contains("ai.local loaded", StringComparison.Ordinal))
            {
                modelLoaded.TrySetResult();
            }
        };
        try
        {
            await Readiness.WaitForHealthAsync(new Uri(url, "/health"), process, "\"rosterIndexReady\":true", TimeSpan.FromSeconds(90));
            await modelLoaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await log.WriteLineAsync("the hub did not get ready; its last lines:\n" + string.Join('\n', process.LastLines));
            await hub.DisposeAsync();
            throw;
        }

        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        _process.LineWritten -= Watch;
        _process.Dispose();
        _twilio.Dispose();
        if (_hubLog is not null)
        {
            await _hubLog.DisposeAsync();
        }
    }

    private static JsonObject Settings(string? postgres, Uri url, int twilioPort, string sid, string token) => new()
    {
        ["Storage"] = new JsonObject { ["Provider"] = postgres is null ? "Sqlite" : "PostgreSql", ["ConnectionString"] = postgres ?? string.Empty },
        ["Simulators"] = new JsonObject { ["Enabled"] = false },
        ["Twilio"] = new JsonObject
        {
            ["AccountSid"] = sid,
            ["AuthToken"] = token,
            ["PublicBaseUrl"] = url.ToString().TrimEnd('/'),
            ["ApiBaseUrl"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{twilioPort}"),
        },
    };

    private void Watch(string line)
    {
        var warning = line.StartsWith("warn:", StringComparison.Ordinal);
        var error = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal);
        if (line.Contains("got the degraded answer", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _degraded);
        }

        if (!warning && !error)
        {
            return;
        }

        Interlocked.Increment(ref warning ? ref _warnings : ref _errors);
        lock (_problems)
        {
            if (_problems.Count < 10)
            {
                _problems.Add(line);
            }
        }
    }
}
