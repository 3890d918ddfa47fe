using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiPhoneCoverage.Simulators;

/// <summary>One simulator: a WireMock.Net server on a loopback port, recording every request it receives.</summary>
public abstract class PmsSimulator : IDisposable
{
    protected PmsSimulator(string name, int port, SimulatorSeed seed)
    {
        Name = name;
        Seed = seed;
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            // Loopback only, always: the simulators hold demo credentials and must never be reachable from the network.
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            // Callbacks may answer DroppedConnection.Answer() to close the connection without a status line.
            PreWireMockMiddlewareInit = DroppedConnection.Install,
        });
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
