using System.Reflection;
using AiPhoneCoverage.Sdk;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiPhoneCoverage.Hub.Plugins;

/// <summary>
/// Loads each plugin into its own load context (McMaster.NETCore.Plugins), sharing only the SDK and the
/// Microsoft.Extensions abstractions with the hub. Checks the manifest and the SDK version before any plugin code runs;
/// registers into a staging collection so that a registrar that throws half-way leaves nothing behind.
/// </summary>
internal sealed partial class IsolatedPluginLoader(ILogger<IsolatedPluginLoader> logger) : IPluginLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(IPluginRegistrar),
        typeof(IServiceCollection),
        typeof(IConfiguration),
        typeof(ILogger),
        typeof(IHttpClientFactory),
    ];

    public IReadOnlyList<LoadedPlugin> LoadAll(string pluginsFolder, IServiceCollection services, IConfiguration configuration)
    {
        if (!Directory.Exists(pluginsFolder))
        {
            LogNoFolder(logger, pluginsFolder);
            return [];
        }

        var results = new List<LoadedPlugin>();
        foreach (var folder in Directory.GetDirectories(pluginsFolder).Order(StringComparer.Ordinal))
        {
            var result = Load(folder, results, services, configuration);
            results.Add(result);
            if (result.Status == PluginStatus.Faulted)
            {
                LogFaulted(logger, result.Id, result.Reason);
            }
        }

        return results;
    }

    private static LoadedPlugin Load(string folder, List<LoadedPlugin> earlier, IServiceCollection services, IConfiguration configuration)
    {
        var manifestPath = Path.Combine(folder, "plugin.json");
        if (!File.Exists(manifestPath))
        {
            return LoadedPlugin.Faulted(folder, null, "no plugin.json in the plugin's folder");
        }

        var parsed = PluginManifest.Parse(File.ReadAllText(manifestPath));
        if (!parsed.IsSuccess)
        {
            return LoadedPlugin.Faulted(folder, null, parsed.Error.Message);
        }

        var manifest = parsed.Value;
        if (earlier.Any(p => p.Id == manifest.Id && p.Status == PluginStatus.Loaded))
        {
            return LoadedPlugin.Faulted(folder, manifest, $"another plugin with id '{manifest.Id}' is already loaded");
        }

        if (!SdkVersion.IsCompatible(manifest.ParsedSdkVersion, SdkVersion.Current))
        {
            return LoadedPlugin.Faulted(folder, manifest,
                $"built for SDK {manifest.SdkVersion}; this hub has SDK {SdkVersion.Current.ToString(2)} (a plugin needs the same major version and a minor version no higher)");
        }

        var assemblyPath = Path.Combine(folder, manifest.Assembly);
        if (!File.Exists(assemblyPath))
        {
            return LoadedPlugin.Faulted(folder, manifest, $"assembly '{manifest.Assembly}' named in plugin.json is missing");
        }

        try
        {
            var registrar = CreateRegistrar(assemblyPath);
            var staging = new ServiceCollection();
            registrar.Register(new PluginContext(manifest, configuration.GetSection(manifest.ConfigurationSection ?? $"Plugins:{manifest.Id}"), staging));
            foreach (var descriptor in staging)
            {
                services.Add(descriptor);
            }

            return LoadedPlugin.Loaded(folder, manifest);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var inner = ex is TargetInvocationException { InnerException: { } cause } ? cause : ex;
            return LoadedPlugin.Faulted(folder, manifest, $"{inner.GetType().Name}: {inner.Message}");
        }
    }

    private static IPluginRegistrar CreateRegistrar(string assemblyPath)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, sharedTypes: SharedTypes, configure: c => c.IsUnloadable = false);
        var assembly = loader.LoadDefaultAssembly();
        var registrars = assembly.GetTypes()
            .Where(t => typeof(IPluginRegistrar).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();
        return registrars.Count switch
        {
            1 => (IPluginRegistrar)Activator.CreateInstance(registrars[0])!,
            0 => throw new InvalidOperationException($"{Path.GetFileName(assemblyPath)} has no IPluginRegistrar"),
            _ => throw new InvalidOperationException($"{Path.GetFileName(assemblyPath)} has {registrars.Count} IPluginRegistrar types; a plugin has exactly one"),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugins folder {Folder} does not exist; no plugins loaded")]
    private static partial void LogNoFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} is Faulted: {Reason}")]
    private static partial void LogFaulted(ILogger logger, string pluginId, string? reason);
}
