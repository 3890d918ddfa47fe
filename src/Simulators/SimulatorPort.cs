namespace AiPhoneCoverage.Simulators;

/// <summary>Where one simulator listens.</summary>
public sealed class SimulatorPort
{
    public int Port { get; set; }
}
