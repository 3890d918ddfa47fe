namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>Where an instance stands, as stored in workflow_instances.status.</summary>
internal static class WorkflowStatus
{
    public const string Running = "running";
    public const string Suspended = "suspended";
    public const string Finished = "finished";
    public const string Faulted = "faulted";
}
