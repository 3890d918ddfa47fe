using System.Text.Json;
using System.Web;
using WireMock;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// The fields of a drill request to the simulator (<c>/__simulate/…</c>): a form body, or a JSON object whose strings,
/// numbers and booleans are read as text. Names are matched without regard to case (From, from).
/// </summary>
internal sealed class SimulatorInput
{
    private readonly Dictionary<string, string> _fields;

    private SimulatorInput(Dictionary<string, string> fields) => _fields = fields;

    /// <summary>The fields, or null with the reason when a JSON body is not an object.</summary>
    public static (SimulatorInput? Input, string? Problem) Read(IRequestMessage message)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = message.Body ?? string.Empty;
        var contentType = message.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var json = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, "the JSON body must be an object");
                }

                foreach (var property in json.RootElement.EnumerateObject())
                {
                    if (Text(property.Value) is { } value)
                    {
                        fields[property.Name] = value;
                    }
                }
            }
            catch (JsonException e)
            {
                return (null, "the JSON body is not valid: " + e.Message);
            }
        }
        else
        {
            var form = HttpUtility.ParseQueryString(body);
            foreach (var key in form.AllKeys.OfType<string>())
            {
                fields[key] = form[key] ?? string.Empty;
            }
        }

        return (new SimulatorInput(fields), null);
    }

    /// <summary>A field as sent (possibly empty), or null when it is missing.</summary>
    public string? Raw(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>A field trimmed, or null when it is missing or blank.</summary>
    public string? Field(string name) => Raw(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
