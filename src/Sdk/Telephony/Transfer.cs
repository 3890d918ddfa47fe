namespace AiPhoneCoverage.Sdk;

/// <summary>Connect the caller to a person.</summary>
/// <param name="Number">The number to dial, E.164.</param>
public sealed record Transfer(string Number) : CallAction;
