using System.ClientModel;
using System.ClientModel.Primitives;
using AiPhoneCoverage.Sdk;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AiPhoneCoverage.Plugins.Ai.OpenAI;

/// <summary>
/// An intent model on any OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, Ollama, vLLM) with JSON structured
/// output. It never retries and never waits past its deadline: a slow, failing or malformed answer is an error, and the
/// hub then answers with ai.local and records that it did.
/// </summary>
public sealed class OpenAIIntentModel : IIntentModel, IDisposable
{
    private readonly IChatClient? _chat;
    private readonly OpenAIIntentModelOptions _options;

    /// <summary>Creates the model from its options.</summary>
    /// <param name="options">Endpoint, key, model and deadline.</param>
    public OpenAIIntentModel(OpenAIIntentModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            var client = new OpenAIClient(
                new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "unused" : options.ApiKey),
                new OpenAIClientOptions
                {
                    Endpoint = new Uri(options.Endpoint),
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                    NetworkTimeout = TimeSpan.FromMilliseconds(options.DeadlineMs),
                });
            _chat = client.GetChatClient(options.Model).AsIChatClient();
        }
    }

    /// <inheritdoc />
    public async Task<Result<IntentAnalysis>> AnalyzeAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_chat is null)
        {
            return ProviderError.Permanent("not_configured", "ai.openai has no endpoint configured (AI:OpenAI:Endpoint)");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.DeadlineMs);
        var said = string.Join("\n", request.Turns.Where(t => t.Speaker == Speaker.Caller).Select(t => "- " + t.Text));
        try
        {
            var response = await _chat.GetResponseAsync<IntentAnswer>(
                [new ChatMessage(ChatRole.System, IntentPrompt.System), new ChatMessage(ChatRole.User, said)],
                cancellationToken: deadline.Token);
            var analysis = response.TryGetResult(out var answer) ? ToAnalysis(answer) : null;
            return analysis is null
                ? ProviderError.Permanent("malformed", "the model's answer was not a valid intent analysis")
                : analysis;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ProviderError.Transient("timeout", $"the model did not answer within {_options.DeadlineMs} ms");
        }
        catch (ClientResultException ex)
        {
            return ProviderError.Transient("model_error", $"the model's server answered {ex.Status}");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or HttpRequestException)
        {
            return ProviderError.Transient("model_unavailable", $"the model could not be reached or answered badly ({ex.GetType().Name})");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _chat?.Dispose();

    private static IntentAnalysis? ToAnalysis(IntentAnswer? answer)
    {
        if (answer is null || !WireNames.TryParse<Category>(answer.Category, out var category))
        {
            return null;
        }

        var signals = (answer.Signals ?? []).Where(s => IntentPrompt.SignalNames.Contains(s.Name)).Select(s => new Signal(s.Name, s.Present)).ToList();
        Category? alternate = WireNames.TryParse<Category>(answer.AlternateCategory, out var alt) ? alt : null;
        return new IntentAnalysis(category, Math.Clamp(answer.Confidence, 0, 1), signals, answer.Entities ?? new Dictionary<string, string>(), alternate);
    }
}
