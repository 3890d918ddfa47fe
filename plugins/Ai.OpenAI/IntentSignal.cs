namespace AiPhoneCoverage.Plugins.Ai.OpenAI;

/// <summary>One signal in the model's answer: its name from the list in the prompt, and whether the caller said it or its opposite.</summary>
internal sealed record IntentSignal(string Name, bool Present);
