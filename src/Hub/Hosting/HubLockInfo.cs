namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>What a serving hub records in its lock file.</summary>
/// <param name="ProcessId">The serving process.</param>
/// <param name="Url">Where the hub listens.</param>
/// <param name="AdminToken">The local admin token for its API.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Simulators">The simulators it runs, by name, with their loopback URLs (ports may be picked at start), so that `aipc simulate` can reach them.</param>
internal sealed record HubLockInfo(int ProcessId, string Url, string AdminToken, DateTimeOffset StartedAt, IReadOnlyDictionary<string, string>? Simulators = null);
