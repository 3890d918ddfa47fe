namespace AiPhoneCoverage.Sdk;

/// <summary>
/// The one entry point of a plugin. The hub creates it with a parameterless constructor and calls
/// <see cref="Register"/> once at start. Throwing marks the plugin Faulted; the hub keeps serving.
/// </summary>
public interface IPluginRegistrar
{
    /// <summary>Registers the plugin's services, typically with <see cref="PluginContextExtensions"/>.</summary>
    /// <param name="context">The plugin's manifest, configuration and service collection.</param>
    void Register(IPluginContext context);
}
