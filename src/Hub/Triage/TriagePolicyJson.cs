using System.Text.Json;
using System.Text.Json.Serialization;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Triage;

/// <summary>
/// The policy file format (`aipc policy export|import`): snake_case names, categories and urgencies as their wire names,
/// every field optional on import (what is left out keeps the default).
/// </summary>
internal static class TriagePolicyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new SnakeCaseEnumConverter<Urgency>(), new SnakeCaseEnumConverter<Category>() },
    };

    public static string Write(TriagePolicy policy) => JsonSerializer.Serialize(policy, Options);

    /// <summary>The policy, or the reasons it is not a valid one.</summary>
    public static (TriagePolicy? Policy, IReadOnlyList<string> Problems) Read(string json)
    {
        TriagePolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<TriagePolicy>(json, Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"not a policy file: {ex.Message}"]);
        }

        if (policy is null)
        {
            return (null, ["the file is empty"]);
        }

        var problems = new List<string>();
        foreach (var (name, value) in new[] { ("no_heat_below_f", policy.NoHeatBelowF), ("no_heat_vulnerable_below_f", policy.NoHeatVulnerableBelowF), ("no_ac_above_f", policy.NoAcAboveF), ("no_ac_vulnerable_above_f", policy.NoAcVulnerableAboveF), ("no_heat_inside_below_f", policy.NoHeatInsideBelowF), ("no_ac_inside_above_f", policy.NoAcInsideAboveF) })
        {
            if (value is < -40 or > 130)
            {
                problems.Add($"{name} {value} is not a plausible temperature in °F");
            }
        }

        if (policy.NoHeatVulnerableBelowF < policy.NoHeatBelowF)
        {
            problems.Add("no_heat_vulnerable_below_f must be at least no_heat_below_f (vulnerable occupants are protected sooner)");
        }

        if (policy.NoAcVulnerableAboveF > policy.NoAcAboveF)
        {
            problems.Add("no_ac_vulnerable_above_f must be at most no_ac_above_f");
        }

        if (policy.OverrideKeywords.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("override_keywords has an empty entry");
        }

        return problems.Count == 0 ? (policy with { CategoryDefaults = Complete(policy.CategoryDefaults) }, problems) : (null, problems);
    }

    // A file may name only the categories it changes; the others keep their defaults.
    private static Dictionary<Category, Urgency> Complete(IReadOnlyDictionary<Category, Urgency> given)
    {
        var all = TriagePolicy.Default.CategoryDefaults.ToDictionary();
        foreach (var (category, urgency) in given)
        {
            all[category] = urgency;
        }

        return all;
    }
}
