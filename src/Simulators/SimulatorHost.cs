namespace AiPhoneCoverage.Simulators;

/// <summary>Starts every simulator with one seed; disposing stops them.</summary>
public sealed class SimulatorHost : IDisposable
{
    private SimulatorHost(IReadOnlyList<PmsSimulator> simulators) => Simulators = simulators;

    public IReadOnlyList<PmsSimulator> Simulators { get; }

    public static SimulatorHost Start(SimulatorOptions options, SimulatorSeed seed, string stateFolder, (string AccountSid, string AuthToken)? twilioAccount = null)
    {
        Directory.CreateDirectory(stateFolder);
        var started = new List<PmsSimulator>();
        try
        {
            started.Add(new YardiSimulator(options.Yardi.Port, seed));
            started.Add(new RealPageSimulator(options.RealPage.Port, seed));
            started.Add(new AppFolioSimulator(options.AppFolio.Port, seed, "demo-client", "demo-secret"));
            started.Add(twilioAccount is { } account
                ? new TwilioSimulator(options.Twilio.Port, account.AccountSid, account.AuthToken)
                : new TwilioSimulator(options.Twilio.Port));
            started.Add(new VendorEndpointSimulator(options.Vendors.Port));
            started.Add(new ServiceChannelSimulator(options.ServiceChannel.Port));
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
