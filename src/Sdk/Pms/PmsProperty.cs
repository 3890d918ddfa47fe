namespace AiPhoneCoverage.Sdk;

/// <summary>The property a PMS call is about, with its connection settings as the operator configured them.</summary>
/// <param name="PropertyCode">The hub's property code.</param>
/// <param name="ExternalPropertyId">The property's id in the PMS (Yardi property code, RealPage site id, AppFolio property id).</param>
/// <param name="Settings">Connection settings and credentials, by the names in the plugin's configuration schema. Never log them.</param>
public sealed record PmsProperty(string PropertyCode, string ExternalPropertyId, IReadOnlyDictionary<string, string> Settings);
