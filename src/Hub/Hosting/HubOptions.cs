namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>Configuration section <c>Hub</c>.</summary>
internal sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>Where `serve` listens when <c>--urls</c> is not given.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5055";

    /// <summary>How often every node reads the change feed (roster imports by other processes, ...).</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the timer worker looks for due workflow timers; a timer fires at most this late.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Seed the demo portfolio into an empty embedded database.</summary>
    public bool SeedDemo { get; set; } = true;
}
