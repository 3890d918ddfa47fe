using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiPhoneCoverage.Simulators;

/// <summary>How the simulator's own endpoints (<c>/__ledger</c>, <c>/__simulate</c>) write JSON: camelCase names and enums.</summary>
internal static class SimulatorJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Loopback JSON for people and tools, never embedded in a page: "+1617…" reads better than "\u002B1617…".
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A refused drill request: <c>{"error": "…"}</c>.</summary>
    public static WireMock.ResponseMessage Problem(int status, string error) =>
        TwilioAnswer.Json(status, Serialize(new Dictionary<string, string> { ["error"] = error }));
}
