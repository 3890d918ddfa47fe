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
        var modelId = context.InputText("Model") ?? LocalModel;
        var result = services.GetKeyedService<IIntentModel>(modelId) is { } model ? await model.AnalyzeAsync(request, context.CancellationToken) : default;
        var usedFallback = false;
        if (!result.IsSuccess && modelId != LocalModel)
        {
            usedFallback = true;
            result = services.GetKeyedService<IIntentModel>(LocalModel) is { } local ? await local.AnalyzeAsync(request, context.CancellationToken) : default;
        }

        if (!result.IsSuccess)
        {
            return ActivityOutcome.Fault(result.Error?.Message ?? $"no intent model '{modelId}' is loaded");
        }

        IntakeState.SetAnalysis(context.State, result.Value);
        if (usedFallback)
        {
            context.SetVariable("ModelFallback", System.Text.Json.Nodes.JsonValue.Create($"{modelId} failed; {LocalModel} answered"));
        }

        context.SetOutput("Category", System.Text.Json.Nodes.JsonValue.Create(result.Value.Category.ToWire()));
        return ActivityOutcome.Done;
    }
}
