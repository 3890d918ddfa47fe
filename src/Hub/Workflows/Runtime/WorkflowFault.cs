namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>The activity that faulted an instance and why.</summary>
internal sealed record WorkflowFault(string ActivityId, string Message, DateTimeOffset At);
