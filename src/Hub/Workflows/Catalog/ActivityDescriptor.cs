namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>
/// An activity type of the catalogue: its Elsa type name and version, its inputs, outputs and outcome ports, and whether
/// it may suspend the workflow (which makes a cycle through it legal).
/// </summary>
internal sealed record ActivityDescriptor(
    string TypeName,
    int Version,
    string Category,
    string DisplayName,
    string Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes)
{
    public bool IsStart { get; init; }

    public bool IsTerminal { get; init; }

    public bool IsContainer { get; init; }

    /// <summary>Waits for the caller, an acknowledgement or a timer.</summary>
    public bool CanSuspend { get; init; }

    /// <summary>Hidden from the toolbox (the flowchart container).</summary>
    public bool IsBrowsable { get; init; } = true;

    public string Namespace => TypeName[..TypeName.LastIndexOf('.')];

    public string Name => TypeName[(TypeName.LastIndexOf('.') + 1)..];

    /// <summary>The ports connections may leave from: the declared outcomes, or Done when there are none.</summary>
    public IReadOnlyList<string> OutPorts => IsTerminal ? [] : Outcomes.Count > 0 ? Outcomes : ["Done"];
}
