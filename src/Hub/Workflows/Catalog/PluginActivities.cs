using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>The activities plugins contribute through the SDK (<see cref="IWorkflowActivity"/>), described for the catalogue.</summary>
internal sealed class PluginActivities(IEnumerable<IWorkflowActivity> activities) : IActivitySource
{
    public IEnumerable<ActivityDescriptor> Activities { get; } = activities.Select(a => Describe(a.Definition)).ToList();

    public static ActivityDescriptor Describe(ActivityDefinition definition) => new(
        definition.TypeName,
        definition.Version,
        definition.Category,
        definition.DisplayName,
        definition.Description,
        definition.Inputs.Select(i => new InputDescriptor(i.Name, i.TypeName, i.Description, i.Required, i.DefaultValue, Options: i.Options)).ToList(),
        (definition.Outputs ?? []).Select(o => new OutputDescriptor(o.Name, o.TypeName, o.Description)).ToList(),
        definition.Outcomes);
}
