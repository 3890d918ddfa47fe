namespace AiPhoneCoverage.Simulators;

/// <summary>Starts every simulator with one seed; disposing stops them.</summary>
public sealed class SimulatorHost : IDisposable
{
    private SimulatorHost(IReadOnlyList<PmsSimulator> simulators) => Simulators = simulators;

    public IReadOnlyList<PmsSimulator> Simulators { get; }

    /// <summary>Starts the PMS, Twilio and vendor simulators on the configured ports.</summary>
    /// <param name="options">The ports.</param>
    /// <param name="seed">The demo portfolio the PMS simulators serve.</param>
    /// <param name="stateFolder">Where the simulators may keep state; created if missing.</param>
    /// <param name="twilioAccount">The Twilio account the simulator accepts; its demo account when null.</param>
    /// <param name="time">The one clock of every simulator (dates, token lifetimes, delays): the hub's, so that a test's fake
    /// clock is "today" for the hub, its plugins and the simulators alike; the system clock when null.</param>
    public static SimulatorHost Start(
        SimulatorOptions options, SimulatorSeed seed, string stateFolder, (string AccountSid, string AuthToken)? twilioAccount = null, TimeProvider? time = null)
    {
        Directory.CreateDirectory(stateFolder);
        var started = new List<PmsSimulator>();
        try
        {
            started.Add(new YardiSimulator(options.Yardi.Port, seed, time: time));
            started.Add(new RealPageSimulator(options.RealPage.Port, seed, time: time));
            started.Add(new AppFolioSimulator(options.AppFolio.Port, seed, "demo-client", "demo-secret", time: time));
            started.Add(twilioAccount is { } account
                ? new TwilioSimulator(options.Twilio.Port, account.AccountSid, account.AuthToken, time)
                : new TwilioSimulator(options.Twilio.Port, time: time));
            started.Add(new VendorEndpointSimulator(options.Vendors.Port, time: time));
            started.Add(new ServiceChannelSimulator(options.ServiceChannel.Port, time: time));
        }
        catch
        {
            started.ForEach(s => s.Dispose());
            throw;
        }

        return new SimulatorHost(started);
    }

    public void Dispose()
    {
        foreach (var simulator in Simulators)
        {
            simulator.Dispose();
        }
    }
}
