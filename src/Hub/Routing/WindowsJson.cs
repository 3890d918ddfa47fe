using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>A rotation's restriction windows as stored in oncall_rotations.windows_json: the portfolio file's window objects.</summary>
internal static class WindowsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Write(IReadOnlyList<OnCallWindow> windows) =>
        JsonSerializer.Serialize(windows.Select(WindowDocument.Of).ToList(), Options);

    /// <summary>The stored windows; they were checked when written, so a bad value is a bug and throws.</summary>
    public static IReadOnlyList<OnCallWindow> Read(string json)
    {
        var documents = JsonSerializer.Deserialize<List<WindowDocument>>(json, Options) ?? [];
        return documents.Select(d => d.ToWindow(out var problem) ?? throw new InvalidDataException($"stored on-call window: {problem}")).ToList();
    }
}
