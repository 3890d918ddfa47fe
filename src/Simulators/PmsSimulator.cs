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
        };
        configure?.Invoke(settings);

        // Loopback only, always: the simulators hold demo credentials and must never be reachable from the network.
        settings.Urls = [$"http://127.0.0.1:{port}"];
        Server = WireMockServer.Start(settings);
        Server.Given(Request.Create().WithPath("/__health").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($"{name} simulator"));
    }

    public string Name { get; }

    public WireMockServer Server { get; }

    protected SimulatorSeed Seed { get; }

    /// <summary>The faults waiting for the next requests; each simulator applies them in its own API's way.</summary>
    protected FaultSchedule<PmsFault> Faults { get; } = new();

    /// <summary>Makes the next <paramref name="count"/> requests (or all until <see cref="ClearFaults"/> when null) meet the fault.</summary>
    public void InjectFault(PmsFault fault, int? count = 1) => Faults.Set(fault, count);

    public virtual void ClearFaults() => Faults.Clear();

    /// <summary>The base URL, for example http://127.0.0.1:5101.</summary>
    public string Url => Server.Url!;

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
