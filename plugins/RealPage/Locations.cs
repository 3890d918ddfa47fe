using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// The location a new service request names: the caller does not say the room, so it is the <c>defaultLocation</c>
/// setting (a location id or description), else the first location that names the whole unit or a general place,
/// else the list's first entry. Nothing about a customer's list is hard-coded beyond these words.
/// </summary>
internal static class Locations
{
    private static readonly string[] WholeUnitWords = ["entire", "whole", "unit", "general", "other", "apartment"];

    public static Result<VocabularyEntry> Choose(IReadOnlyList<VocabularyEntry> locations, string? configured)
    {
        if (configured is not null)
        {
            return locations.FirstOrDefault(l => string.Equals(l.Code, configured, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(l.Description, configured, StringComparison.OrdinalIgnoreCase)) is { } chosen
                ? chosen
                : ProviderError.Permanent("unknown_location", $"RealPage: defaultLocation names '{configured}', which the site's location list does not have.");
        }

        foreach (var word in WholeUnitWords)
        {
            if (locations.FirstOrDefault(l => l.Description.Contains(word, StringComparison.OrdinalIgnoreCase)) is { } match)
            {
                return match;
            }
        }

        return locations.Count > 0
            ? locations[0]
            : ProviderError.Permanent("unknown_location", "RealPage: the site's location list is empty, and AddServiceRequest needs a location.");
    }
}
