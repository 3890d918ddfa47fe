using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>How audit details are written: snake_case names, readable text.</summary>
internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
