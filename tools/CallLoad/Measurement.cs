namespace AiPhoneCoverage.CallLoad;

/// <summary>How long the measured window really lasted, the CPU each process used in it, and the whole machine's.</summary>
internal sealed record Measurement(TimeSpan Elapsed, CpuUse Cpu, MachineCpu Machine);
