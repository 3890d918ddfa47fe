using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>A customer's Facilities lists as the gateway answered them: problems (the categories), priorities and locations.</summary>
internal sealed record RpxLists(IReadOnlyList<VocabularyEntry> Problems, IReadOnlyList<VocabularyEntry> Priorities, IReadOnlyList<VocabularyEntry> Locations)
{
    /// <summary>
    /// RealPage's own service-request statuses: the ones <c>UpdateServiceRequest</c> sets (pms-apis.md §2.4, [H]) and
    /// <c>Open</c> for a new request ([L]). They are RealPage's, not a customer's list, and no operation to read them is known.
    /// </summary>
    public static readonly IReadOnlyList<VocabularyEntry> Statuses =
        [new("Open", "Open"), new("In Progress", "In Progress"), new("On Hold", "On Hold"), new("Canceled", "Canceled"), new("Complete", "Complete")];

    public PmsVocabulary ToVocabulary() => new(Problems, Priorities, Statuses);
}
