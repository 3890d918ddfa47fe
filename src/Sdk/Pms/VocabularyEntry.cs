namespace AiPhoneCoverage.Sdk;

/// <summary>One value of a customer's list.</summary>
/// <param name="Code">The value the PMS expects on the wire.</param>
/// <param name="Description">What it is called on screen.</param>
public sealed record VocabularyEntry(string Code, string Description);
