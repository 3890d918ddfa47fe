namespace AiPhoneCoverage.Simulators;

/// <summary>One entry of a service request's <c>StatusHistory</c>.</summary>
public sealed record YardiStatusChange(string Status, DateTimeOffset At);
