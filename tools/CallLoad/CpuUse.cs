namespace AiPhoneCoverage.CallLoad;

/// <summary>Average cores busy during the measured window: the hub, the bare endpoint, and this load generator.</summary>
internal sealed record CpuUse(double Hub, double Bare, double Tool);
