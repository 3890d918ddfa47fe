namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>What one crash drill did and found; <see cref="ToString"/> is the figures block docs/reliability.md quotes.</summary>
internal sealed record CrashDrillReport(
    string Provider,
    int Calls,
    int Kills,
    int Seed,
    IReadOnlyDictionary<string, int> RowsByKind,
    IReadOnlyDictionary<string, int> RedeliveredByKind,
    IReadOnlyList<string> Problems,
    int PmsWorkOrders,
    int TwilioMessages,
    int TwilioCalls,
    int TwilioListQueries,
    int VendorJobs,
    TimeSpan DrainAfterLastKill,
    TimeSpan Total)
{
    public override string ToString() =>
        $"crash drill on {Provider}: {Calls} calls, {Kills} SIGKILLs (seed {Seed}); outbox rows {Counts(RowsByKind)}; attempted more than once {Counts(RedeliveredByKind)}; " +
        $"simulators hold {PmsWorkOrders} PMS work orders, {TwilioMessages} texts, {TwilioCalls} page calls, {VendorJobs} vendor jobs; Twilio list look-ups {TwilioListQueries}; " +
        $"drained {DrainAfterLastKill.TotalSeconds:0} s after the last kill, {Total.TotalSeconds:0} s in all; problems: {(Problems.Count == 0 ? "none" : string.Join("; ", Problems))}";

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        "{" + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")) + "}";
}
