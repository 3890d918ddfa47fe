namespace AiPhoneCoverage.Plugins.Ai.OpenAI;

/// <summary>The structured answer the model is asked for (JSON schema from this type).</summary>
internal sealed record IntentAnswer(string Category, double Confidence, IReadOnlyList<IntentSignal> Signals, IReadOnlyDictionary<string, string>? Entities, string? AlternateCategory);
