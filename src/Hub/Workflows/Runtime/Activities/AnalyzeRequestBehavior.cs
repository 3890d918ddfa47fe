using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// AiPhoneCoverage.AnalyzeRequest: the portfolio's intent model (input Model, default ai.local) reads the caller's turns.
/// When that model is missing or fails, the local model answers and the analysis records the fallback.
/// </summary>
internal sealed class AnalyzeRequestBehavior(IServiceProvider services) : IActivityBehavior
{
    private const string LocalModel = "ai.local";

    public string TypeName => "AiPhoneCoverage.AnalyzeRequest";

    public async ValueTask<ActivityOutcome> ExecuteAsync(ActivityContext context)
    {
        var turns = IntakeState.Turns(context.State).Select(t => new TranscriptTurn(Speaker.Caller, t, context.Time.GetUtcNow())).ToList();
        var request = new IntentRequest(turns);
        // A ModelOverride variable (set when the instance starts, e.g. by `aipc triage --model`) wins over the definition's input.
        var modelId = (context.State.Variables.TryGetValue("ModelOverride", out var forced) ? forced?.GetValue<string>() : null)
            ?? context.InputText("Model") ?? LocalModel;
        var result = services.GetKeyedService<IIntentModel>(modelId) is { } model
            ? await model.AnalyzeAsync(request, context.CancellationToken)
            : Result<IntentAnalysis>.Failure(ProviderError.Permanent("no_model", $"no intent model '{modelId}' is loaded"));
        string? fallbackReason = null;
        if (!result.IsSuccess && modelId != LocalModel)
        {
            fallbackReason = result.Error.Code;
            result = services.GetKeyedService<IIntentModel>(LocalModel) is { } local
                ? await local.AnalyzeAsync(request, context.CancellationToken)
                : Result<IntentAnalysis>.Failure(ProviderError.Permanent("no_model", $"no intent model '{LocalModel}' is loaded"));
        }

        if (!result.IsSuccess)
        {
            return ActivityOutcome.Fault(result.Error.Message);
        }

        IntakeState.SetAnalysis(context.State, result.Value);
        if (fallbackReason is not null)
        {
            context.SetVariable("ModelFallback", System.Text.Json.Nodes.JsonValue.Create($"{modelId} failed ({fallbackReason}); {LocalModel} answered"));
        }

        context.SetOutput("Category", System.Text.Json.Nodes.JsonValue.Create(result.Value.Category.ToWire()));
        context.Audit("analysis", new
        {
            model = fallbackReason is null ? modelId : LocalModel,
            fallback = fallbackReason is null ? null : $"{modelId} failed ({fallbackReason})",
            category = result.Value.Category.ToWire(),
            confidence = Math.Round(result.Value.Confidence, 3),
        });
        return ActivityOutcome.Done;
    }
}
