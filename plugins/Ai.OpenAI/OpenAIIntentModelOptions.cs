namespace AiPhoneCoverage.Plugins.Ai.OpenAI;

/// <summary>Configuration section <c>AI:OpenAI</c> (<c>AIPC_AI__OpenAI__Endpoint=...</c>).</summary>
public sealed class OpenAIIntentModelOptions
{
    /// <summary>The server's base URL including its API path, for example https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The API key; servers that need none (Ollama, vLLM) get a placeholder. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model name.</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>How long a turn may wait for the model before the hub falls back to ai.local.</summary>
    public int DeadlineMs { get; set; } = 1500;
}
