using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Hub.Cli;

namespace AiPhoneCoverage.Hub.Tests.Infrastructure;

/// <summary>Runs `aipc` commands in the test process against a data directory, capturing what they print.</summary>
internal sealed class Aipc(string dataPath)
{
    public string DataPath { get; } = dataPath;

    /// <summary>A data directory whose appsettings.json points the hub at <paramref name="provider"/>.</summary>
    public static Aipc WithData(string dataPath, Provider provider, string? pluginsPath = null, bool seedDemo = false, IReadOnlyDictionary<string, string?>? extra = null)
    {
        Directory.CreateDirectory(dataPath);
        var settings = TestHub.SettingsFor(provider, pluginsPath ?? RepoPaths.Plugins);
        settings["Hub:SeedDemo"] = seedDemo ? "true" : "false";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var root = new JsonObject();
        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                node = (JsonObject)(node[part] ??= new JsonObject());
            }

            node[parts[^1]] = value;
        }

        File.WriteAllText(Path.Combine(dataPath, "appsettings.json"), root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return new Aipc(dataPath);
    }

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await AipcCommandLine.InvokeAsync([.. args, "--data", DataPath], output);
        return (exitCode, output.ToString());
    }
}
