namespace AiPhoneCoverage.Sdk;

/// <summary>
/// A workflow activity a plugin contributes: it appears in the Studio's toolbox under its category and the hub's runtime
/// runs it when the flow reaches it. Register it with <see cref="PluginContextExtensions.AddActivity{TActivity}"/>.
/// </summary>
public interface IWorkflowActivity
{
    /// <summary>The activity's type, version, inputs, outputs and outcomes.</summary>
    ActivityDefinition Definition { get; }

    /// <summary>Runs the activity. Keep it quick: a turn of a live call may be waiting on it.</summary>
    /// <param name="execution">The evaluated inputs and the time.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The outcome to follow and any outputs, or an error (the activity then faults and follows its Fault outcome if connected).</returns>
    ValueTask<Result<ActivityResult>> ExecuteAsync(ActivityExecution execution, CancellationToken cancellationToken);
}
