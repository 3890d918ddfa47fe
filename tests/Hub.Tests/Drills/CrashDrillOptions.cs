namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>
/// How hard the crash drill pushes. The suite runs a short drill on every run; scripts/crash-drill.sh runs the whole one
/// (200 calls, 20 kills) by setting AIPC_DRILL_CALLS and AIPC_DRILL_KILLS.
/// </summary>
internal sealed record CrashDrillOptions(int Calls, int Kills, TimeSpan MinLatency, TimeSpan MaxLatency)
{
    public static CrashDrillOptions FromEnvironment() => new(
        Number("AIPC_DRILL_CALLS", 24), Number("AIPC_DRILL_KILLS", 4), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value is > 0 and <= 10_000 ? value : fallback;
}
