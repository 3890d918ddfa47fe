namespace AiPhoneCoverage.Sdk;

/// <summary>End the call.</summary>
public sealed record Hangup : CallAction;
