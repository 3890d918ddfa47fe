using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.TestPlugins.Good;

/// <summary>Echoes its Text input in capitals, or fails when asked to.</summary>
public sealed class EchoActivity : IWorkflowActivity
{
    public ActivityDefinition Definition { get; } = new(
        "TestPlugins.Echo",
        1,
        "Test plugin",
        "Echo",
        "Echoes its input in capitals.",
        [new ActivityInput("Text", "String", "What to echo.", Required: true), new ActivityInput("Fail", "Boolean", "Fail instead.", DefaultValue: "false")],
        ["Echoed"],
        [new ActivityOutput("Echo", "String", "The text in capitals.")]);

    public ValueTask<Result<ActivityResult>> ExecuteAsync(ActivityExecution execution, CancellationToken cancellationToken) =>
        ValueTask.FromResult(execution.Inputs["Fail"] is true
            ? Result<ActivityResult>.Failure(ProviderError.Permanent("asked_to_fail", "the echo was asked to fail"))
            : new ActivityResult("Echoed", new Dictionary<string, object?> { ["Echo"] = execution.Inputs["Text"]?.ToString()?.ToUpperInvariant() }));
}
