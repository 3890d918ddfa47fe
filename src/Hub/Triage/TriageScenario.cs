using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>One line of a scenario file: the caller's turns in order, optional context and optional expectations.</summary>
internal sealed record TriageScenario(
    string Id,
    IReadOnlyList<string> Turns,
    TriageContext Context,
    Category? ExpectedCategory,
    IReadOnlyList<Category> AlternateCategories,
    Urgency? ExpectedUrgency,
    bool? ExpectedLifeSafety)
{
    /// <summary>Parses one line; the reason when it is not a scenario.</summary>
    public static (TriageScenario? Scenario, string? Problem) Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || !root.TryGetProperty("turns", out var turns) || turns.ValueKind != JsonValueKind.Array)
            {
                return (null, "needs an \"id\" string and a \"turns\" array");
            }

            var context = TriageContext.Unknown;
            if (root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Object)
            {
                context = new TriageContext(
                    c.TryGetProperty("outdoor_temp_f", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null,
                    c.TryGetProperty("vulnerable_occupant", out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null,
                    c.TryGetProperty("local_time", out var lt) && TimeOnly.TryParse(lt.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var time) ? time : null);
            }

            var expect = root.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
            return (new TriageScenario(
                id.GetString()!,
                turns.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.ToString()).ToList(),
                context,
                Wire<Category>(expect, "category"),
                expect.ValueKind == JsonValueKind.Object && expect.TryGetProperty("category_alt", out var alt) && alt.ValueKind == JsonValueKind.Array
                    ? alt.EnumerateArray().Select(a => WireNames.TryParse<Category>(a.GetString(), out var parsed) ? parsed : (Category?)null).OfType<Category>().ToList()
                    : [],
                Wire<Urgency>(expect, "urgency"),
                expect.ValueKind == JsonValueKind.Object && expect.TryGetProperty("life_safety", out var ls) && ls.ValueKind is JsonValueKind.True or JsonValueKind.False ? ls.GetBoolean() : null), null);
        }
        catch (JsonException ex)
        {
            return (null, $"not JSON: {ex.Message}");
        }
    }

    private static TEnum? Wire<TEnum>(JsonElement expect, string name)
        where TEnum : struct, Enum =>
        expect.ValueKind == JsonValueKind.Object && expect.TryGetProperty(name, out var value) && WireNames.TryParse<TEnum>(value.GetString(), out var parsed) ? parsed : null;
}
