namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>Every activity type a definition may use, by type name and version: the built-ins plus what plugins contribute.</summary>
internal sealed class ActivityCatalog
{
    private readonly Dictionary<(string, int), ActivityDescriptor> _byType;

    public ActivityCatalog(IEnumerable<IActivitySource> sources)
    {
        Descriptors = sources.SelectMany(s => s.Activities).ToList();
        _byType = Descriptors.ToDictionary(d => (d.TypeName, d.Version));
    }

    public IReadOnlyList<ActivityDescriptor> Descriptors { get; }

    public ActivityDescriptor? Find(string typeName, int version) => _byType.GetValueOrDefault((typeName, version));
}
