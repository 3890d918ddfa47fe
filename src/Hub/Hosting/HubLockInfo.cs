namespace AiPhoneCoverage.Hub.Hosting;

/// <summary>What a serving hub records in its lock file.</summary>
internal sealed record HubLockInfo(int ProcessId, string Url, string AdminToken, DateTimeOffset StartedAt);
