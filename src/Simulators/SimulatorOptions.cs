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

    /// <summary>The vendors' own webhook endpoints (the <c>vendor.generic</c> dispatcher's).</summary>
    public SimulatorPort Vendors { get; set; } = new() { Port = 5105 };

    /// <summary>ServiceChannel's API and login (the <c>vendor.servicechannel</c> dispatcher's).</summary>
    public SimulatorPort ServiceChannel { get; set; } = new() { Port = 5106 };

    /// <summary>Every simulator on a free port (tests, tools): nothing is taken from the demo's fixed ports.</summary>
    public static SimulatorOptions OnFreePorts() => new()
    {
        Yardi = new() { Port = 0 },
        RealPage = new() { Port = 0 },
        AppFolio = new() { Port = 0 },
        Twilio = new() { Port = 0 },
        Vendors = new() { Port = 0 },
        ServiceChannel = new() { Port = 0 },
    };
}
