using System.Xml.Linq;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.Yardi;

/// <summary>
/// The customer's lists from a GetCustomValues answer (pms-apis.md §1.5): category names, priorities, and statuses
/// (a tree of mixed-content <c>Status</c> elements, flattened in document order). Codes are the values Voyager expects
/// back, so code and description are the same text.
/// </summary>
internal static class YardiCustomValuesReader
{
    public static PmsVocabulary Read(XElement result)
    {
        var values = result.Descendants("CustomValues").FirstOrDefault() ?? result;
        return new PmsVocabulary(
            Entries(values.Child("Categories")?.Children("Category").Select(c => c.Text("Name") ?? c.OwnText())),
            Entries(values.Child("Priorities")?.Children("Priority").Select(p => p.Value)),
            Entries(values.Child("Statuses")?.Descendants("Status").Select(s => s.OwnText())));
    }

    private static List<VocabularyEntry> Entries(IEnumerable<string>? names) =>
        (names ?? [])
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => new VocabularyEntry(n, n))
            .ToList();
}
