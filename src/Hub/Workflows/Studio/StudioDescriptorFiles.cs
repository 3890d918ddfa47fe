using System.Collections.Frozen;
using System.Reflection;

namespace AiPhoneCoverage.Hub.Workflows.Studio;

/// <summary>
/// The fixed descriptor lists the Studio asks for (expression types, variable types, strategies, storage drivers), as
/// recorded from the real Studio and embedded in the hub (Workflows/Studio/Descriptors/*.json).
/// </summary>
internal static class StudioDescriptorFiles
{
    private static readonly FrozenDictionary<string, string> Files = Load();

    public static string Get(string name) => Files[name];

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Descriptors.", StringComparison.Ordinal))
            .ToFrozenDictionary(
                n => n.Split(".Descriptors.")[1].Replace(".json", string.Empty, StringComparison.Ordinal),
                n =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                    return reader.ReadToEnd();
                });
    }
}
