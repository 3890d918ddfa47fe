namespace AiPhoneCoverage.CallLoad;

/// <summary>How long the measured window really lasted and the CPU each process used in it.</summary>
internal sealed record Measurement(TimeSpan Elapsed, CpuUse Cpu);
