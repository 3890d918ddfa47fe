namespace AiPhoneCoverage.Sdk;

/// <summary>An AI model that understands a caller's request in their own words.</summary>
public interface IIntentModel
{
    /// <summary>Analyses the caller's turns into a category, signals and entities.</summary>
    /// <param name="request">The conversation so far.</param>
    /// <param name="cancellationToken">Cancels the call; the hub sets a deadline for remote models.</param>
    /// <returns>The analysis, or why there is none (the hub then falls back to the local model).</returns>
    Task<Result<IntentAnalysis>> AnalyzeAsync(IntentRequest request, CancellationToken cancellationToken);
}
