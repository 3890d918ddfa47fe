namespace AiPhoneCoverage.Sdk;

/// <summary>Say a sentence.</summary>
/// <param name="Text">What to say.</param>
public sealed record Say(string Text) : CallAction;
