using System.Text.Json;
using System.Text.Json.Nodes;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Workflows.Runtime.Activities;

/// <summary>
/// Which home a call is about: the identified resident's, or, when the number matched several homes, the one whose unit
/// the caller named ("it's about 4B"); null when nobody was identified.
/// </summary>
internal static class ResidentOnCall
{
    public static CallerMatch? Resolve(WorkflowState state, IReadOnlyList<string> turns)
    {
        if (state.Variables.TryGetValue("Resident", out var resident) && resident is JsonObject known && known["unitCode"] is not null)
        {
            return known.Deserialize<CallerMatch>(JsonSerializerOptions.Web);
        }

        if (!state.Variables.TryGetValue("CallerMatches", out var node) || node is not JsonArray array)
        {
            return null;
        }

        var matches = array.Deserialize<List<CallerMatch>>(JsonSerializerOptions.Web) ?? [];
        var words = turns.SelectMany(t => t.Split([' ', ',', '.', '#', '?', '!'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = matches.Where(m => words.Contains(m.UnitCode)).ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
