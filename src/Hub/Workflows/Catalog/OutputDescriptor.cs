namespace AiPhoneCoverage.Hub.Workflows.Catalog;

/// <summary>An output of an activity, which a definition may bind to a variable.</summary>
internal sealed record OutputDescriptor(string Name, string TypeName, string Description)
{
    public string JsonName => char.ToLowerInvariant(Name[0]) + Name[1..];
}
