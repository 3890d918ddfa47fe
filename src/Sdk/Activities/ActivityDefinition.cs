namespace AiPhoneCoverage.Sdk;

/// <summary>What the Studio shows of an activity and what the hub validates against.</summary>
/// <param name="TypeName">Namespaced type name, for example <c>Acme.CheckWarranty</c>. Must not clash with another activity's.</param>
/// <param name="Version">The activity's version; definitions name it, so change it when inputs or outcomes change.</param>
/// <param name="Category">The toolbox group.</param>
/// <param name="DisplayName">The name in the toolbox.</param>
/// <param name="Description">One sentence.</param>
/// <param name="Inputs">Its inputs.</param>
/// <param name="Outcomes">Its outcome ports; empty means a single <c>Done</c>.</param>
/// <param name="Outputs">Its outputs, which a definition may bind to variables.</param>
public sealed record ActivityDefinition(
    string TypeName,
    int Version,
    string Category,
    string DisplayName,
    string Description,
    IReadOnlyList<ActivityInput> Inputs,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<ActivityOutput>? Outputs = null);
