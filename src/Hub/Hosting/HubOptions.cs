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

    /// <summary>How many due timers fire at once on PostgreSQL (each in its own transaction); SQLite has one writer, so one at a time.</summary>
    public int TimerConcurrency { get; set; } = 8;

    /// <summary>The longest a telephony webhook may take; past it the caller gets the degraded answer (Twilio waits 15 s).</summary>
    public TimeSpan WebhookDeadline { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How often the outbox worker looks for work orders and texts to deliver.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many outbox rows are delivered at once (each through its own receiver).</summary>
    public int OutboxConcurrency { get; set; } = 8;

    /// <summary>The first retry's delay; each further retry doubles it, up to <see cref="OutboxBackoffCap"/>.</summary>
    public TimeSpan OutboxBackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan OutboxBackoffCap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An outbox row still undelivered this long after it was queued is dead-lettered, with its last error.</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a worker holds an outbox row it took; renewed every third of it while the delivery runs. After a crash
    /// the row waits this long before another worker (or the restarted process) takes it.
    /// </summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest one delivery may run (a PMS's pipeline makes up to 3 requests of 45 s); past it the attempt ends as an
    /// unknown outcome, so the next one searches first. The lease is renewed until then.
    /// </summary>
    public TimeSpan OutboxDeliveryTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the SLA worker looks for clocks near breach or breached; an entry is noted at most this late.</summary>
    public TimeSpan SlaPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Seed the demo portfolio into an empty embedded database.</summary>
    public bool SeedDemo { get; set; } = true;
}
