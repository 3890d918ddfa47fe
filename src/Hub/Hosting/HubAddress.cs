namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>Where this process's hub and simulators listen, once they do (ports may be picked at start).</summary>
internal sealed class HubAddress
{
    /// <summary>The hub's own URL, for example http://127.0.0.1:5055; null until it listens.</summary>
    public Uri? Local { get; set; }

    /// <summary>The Twilio simulator's URL when the simulators run in this process.</summary>
    public Uri? TwilioSimulator { get; set; }

    /// <summary>Every simulator running in this process, by name (yardi, realpage, appfolio, twilio, vendors, servicechannel).</summary>
    public Dictionary<string, Uri> Simulators { get; } = new(StringComparer.Ordinal);
}
