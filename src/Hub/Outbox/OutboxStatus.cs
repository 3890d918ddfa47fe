namespace AiPhoneCoverage.Hub.Outbox;

/// <summary>Where an outbox row stands. Delivered, failed and dead are settled: nothing more happens to them.</summary>
internal static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";

    /// <summary>The receiver refused it in a way retrying cannot fix (bad credentials, unknown unit); shown to operators.</summary>
    public const string Failed = "failed";

    /// <summary>Still undelivered after the maximum age; shown to operators.</summary>
    public const string Dead = "dead";

    public static bool IsSettled(string status) => status is Delivered or Failed or Dead;
}
