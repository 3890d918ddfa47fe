using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiPhoneCoverage.Simulators;

/// <summary>One simulator: a WireMock.Net server on a loopback port, recording every request it receives.</summary>
public abstract class PmsSimulator : IDisposable
{
    /// <param name="name">The simulator's name, as <c>/__health</c> reports it.</param>
    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="seed">The demo portfolio's data.</param>
    /// <param name="configure">
    /// Adjusts WireMock's settings before the server starts, for example to add an ASP.NET Core middleware that aborts a
    /// connection (WireMock itself cannot drop one after acting). The loopback URL stays as it is.
    /// </param>
    protected PmsSimulator(string name, int port, SimulatorSeed seed, Action<WireMockServerSettings>? configure = null)
    {
        Name = name;
        Seed = seed;
        var settings = new WireMockServerSettings
        {
            StartAdminInterface = false,
            ReadStaticMappings = false,

            // Callbacks may answer DroppedConnection.Answer() to close the connection without a status line.
            PreWireMockMiddlewareInit = DroppedConnection.Install,
        };
        configure?.Invoke(settings);

        // Loopback only, always: the simulators hold demo credentials and must never be reachable from the network.
        settings.Urls = [$"http://127.0.0.1:{port}"];
        Server = WireMockServer.Start(settings);
        Server.Given(Request.Create().WithPath("/__health").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($"{name} simulator"));

        // Drills: `curl -X POST 'http://127.0.0.1:5101/__faults?kind=ServerError&count=20'` (count omitted: until
        // DELETE /__faults); seconds= gives the latency or the Retry-After, and maxSeconds= makes the latency a range drawn
        // per request (kind=Latency&seconds=2&maxSeconds=8). Loopback only, like everything here.
        Server.Given(Request.Create().WithPath("/__faults").UsingPost())
            .RespondWith(Response.Create().WithCallback(request => SetFault(request.Query)));
        Server.Given(Request.Create().WithPath("/__faults").UsingDelete())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                ClearFaults();
                return new WireMock.ResponseMessage { StatusCode = 204 };
            }));
    }

    public string Name { get; }

    public WireMockServer Server { get; }

    protected SimulatorSeed Seed { get; }

    /// <summary>The faults waiting for the next requests; each simulator applies them in its own API's way.</summary>
    protected FaultSchedule<PmsFault> Faults { get; } = new();

    /// <summary>Makes the next <paramref name="count"/> requests (or all until <see cref="ClearFaults"/> when null) meet the fault.</summary>
    public void InjectFault(PmsFault fault, int? count = 1) => Faults.Set(fault, count);

    public virtual void ClearFaults() => Faults.Clear();

    private WireMock.ResponseMessage SetFault(IDictionary<string, WireMock.Types.WireMockList<string>>? query)
    {
        string? Value(string key) => query is not null && query.TryGetValue(key, out var values) ? values.FirstOrDefault() : null;
        double? Seconds(string key) =>
            double.TryParse(Value(key), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : null;
        var seconds = TimeSpan.FromSeconds(Seconds("seconds") ?? 0);
        TimeSpan? maxSeconds = Seconds("maxSeconds") is { } max ? TimeSpan.FromSeconds(max) : null;
        int? count = int.TryParse(Value("count"), System.Globalization.CultureInfo.InvariantCulture, out var c) && c > 0 ? c : null;
        var refused = SetFault(Value("kind") ?? string.Empty, seconds, maxSeconds, count);
        return refused is null
            ? new WireMock.ResponseMessage { StatusCode = 204 }
            : new WireMock.ResponseMessage { StatusCode = 400, BodyData = Text(refused) };
    }

    /// <summary>
    /// <c>POST /__faults?kind=…&amp;seconds=…&amp;maxSeconds=…&amp;count=…</c>: sets the fault, or says why not. A PMS takes
    /// <see cref="PmsFaultKind"/> names; <c>maxSeconds</c> turns a <c>Latency</c> of <c>seconds</c> into a range drawn per request.
    /// </summary>
    /// <param name="kind">The kind's name, any case.</param>
    /// <param name="seconds">The latency (the shortest, with a range) or the Retry-After.</param>
    /// <param name="maxSeconds">The longest latency, or null.</param>
    /// <param name="count">How many requests; null until cleared.</param>
    /// <returns>Null when set; otherwise the reason, answered with 400.</returns>
    protected virtual string? SetFault(string kind, TimeSpan seconds, TimeSpan? maxSeconds, int? count)
    {
        if (!Enum.TryParse<PmsFaultKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return $"kind must be one of {string.Join(", ", Enum.GetNames<PmsFaultKind>())}";
        }

        InjectFault(new PmsFault(parsed, seconds) { MaxDuration = maxSeconds }, count);
        return null;
    }

    private static WireMock.Util.BodyData Text(string text) => new()
    {
        BodyAsString = text,
        DetectedBodyType = WireMock.Types.BodyType.String,
        Encoding = System.Text.Encoding.UTF8,
    };

    /// <summary>The base URL, for example http://127.0.0.1:5101.</summary>
    public string Url => Server.Url!;

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
