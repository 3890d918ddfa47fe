using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Sdk;

/// <summary>A plugin's <c>plugin.json</c>: who it is, what it needs and what it provides.</summary>
public sealed partial record PluginManifest
{
    /// <summary>The plugin's id: lowercase, dot-separated words (<c>yardi</c>, <c>telephony.twilio</c>). Providers are registered under it.</summary>
    public required string Id { get; init; }

    /// <summary>The plugin's own version.</summary>
    public required string Version { get; init; }

    /// <summary>The SDK version the plugin was built against, major.minor.</summary>
    public required string SdkVersion { get; init; }

    /// <summary>The assembly that holds the registrar, relative to the manifest.</summary>
    public required string Assembly { get; init; }

    /// <summary>What the plugin provides; see <see cref="PluginCapabilities"/>.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>One line on what the plugin does.</summary>
    public string? Description { get; init; }

    /// <summary>The configuration section the plugin reads (for example <c>AI:OpenAI</c>); <c>Plugins:&lt;id&gt;</c> when not set.</summary>
    public string? ConfigurationSection { get; init; }

    /// <summary>A JSON Schema of the plugin's connection settings, as operators fill them in per property.</summary>
    public JsonElement? ConfigurationSchema { get; init; }

    /// <summary>The parsed <see cref="SdkVersion"/>.</summary>
    [JsonIgnore]
    public Version ParsedSdkVersion => System.Version.Parse(SdkVersion);

    /// <summary>Reads and validates a manifest.</summary>
    /// <param name="json">The text of <c>plugin.json</c>.</param>
    /// <returns>The manifest, or an error that says what is wrong with it.</returns>
    public static Result<PluginManifest> Parse(string json)
    {
        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            return ProviderError.Permanent("invalid_manifest", $"plugin.json is not valid: {ex.Message}");
        }

        if (manifest is null)
        {
            return ProviderError.Permanent("invalid_manifest", "plugin.json is empty.");
        }

        var problem = manifest.FindProblem();
        return problem is null ? manifest : ProviderError.Permanent("invalid_manifest", problem);
    }

    private string? FindProblem()
    {
        if (!IdPattern().IsMatch(Id))
        {
            return $"id '{Id}' must be lowercase words separated by dots, for example 'telephony.twilio'.";
        }

        if (!System.Version.TryParse(Version, out _))
        {
            return $"version '{Version}' is not a version number.";
        }

        if (!System.Version.TryParse(SdkVersion, out var sdk) || sdk.Build != -1)
        {
            return $"sdkVersion '{SdkVersion}' must be major.minor, for example '1.0'.";
        }

        if (string.IsNullOrWhiteSpace(Assembly) || Path.IsPathRooted(Assembly) || Assembly.Contains("..", StringComparison.Ordinal))
        {
            return "assembly must name a file beside plugin.json.";
        }

        var unknown = Capabilities.Where(c => !PluginCapabilities.All.Contains(c)).ToList();
        return unknown.Count == 0 ? null : $"unknown capabilities: {string.Join(", ", unknown)}.";
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
    };

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")]
    private static partial Regex IdPattern();
}
