namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>Contributes activity types to the catalogue (the built-ins; later, plugins and test catalogues).</summary>
internal interface IActivitySource
{
    IEnumerable<ActivityDescriptor> Activities { get; }
}
