namespace AiPhoneCoverage.Simulators;

/// <summary>Configuration section <c>Simulators</c>: whether `serve` runs them, and their loopback ports (0 picks a free one).</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulators";

    public bool Enabled { get; set; } = true;

    public SimulatorPort Yardi { get; set; } = new() { Port = 5101 };

    public SimulatorPort RealPage { get; set; } = new() { Port = 5102 };

    public SimulatorPort AppFolio { get; set; } = new() { Port = 5103 };

    public SimulatorPort Twilio { get; set; } = new() { Port = 5104 };
}
