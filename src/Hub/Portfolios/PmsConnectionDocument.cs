namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>A property's PMS connection: which plugin, the property's id there, and the plugin's settings.</summary>
internal sealed record PmsConnectionDocument
{
    /// <summary>The PMS plugin id: <c>yardi</c>, <c>realpage</c> or <c>appfolio</c>.</summary>
    public required string Plugin { get; init; }

    public required string PropertyId { get; init; }

    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
