using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Hub.Portfolios;

/// <summary>How portfolio files are written: camelCase, indented, nulls left out.</summary>
internal static class PortfolioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
