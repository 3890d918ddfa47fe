using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>On the embedded default, runs the PMS and Twilio simulators beside the hub, seeded from the demo portfolio's files.</summary>
internal sealed partial class SimulatorService(
    IOptions<SimulatorOptions> options, DataDirectory data, TelephonyAccounts accounts, HubAddress address, TimeProvider time, ILogger<SimulatorService> logger) : IHostedService
{
    private SimulatorHost? _host;

    /// <summary>The running simulators (tests and drills reach their ledgers through it).</summary>
    public SimulatorHost? Host => _host;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var seed = File.Exists(DemoPortfolio.File) ? SimulatorSeed.Load(DemoPortfolio.File) : SimulatorSeed.Empty;
            _host = SimulatorHost.Start(options.Value, seed, data.Combine("simulators"), accounts.Demo(), time);
            address.TwilioSimulator = _host.Simulators.OfType<TwilioSimulator>().Select(t => new Uri(t.Url)).FirstOrDefault();
            foreach (var simulator in _host.Simulators)
            {
                address.Simulators[simulator.Name] = new Uri(simulator.Url);
                LogStarted(logger, simulator.Name, simulator.Url);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            // A taken port must not stop the hub from answering calls: the simulators are for the demo and tests.
            LogFailed(logger, ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator {Name} listening on {Url}")]
    private static partial void LogStarted(ILogger logger, string name, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "The simulators could not start; the hub serves without them")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
