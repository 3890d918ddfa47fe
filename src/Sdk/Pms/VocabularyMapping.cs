namespace AiPhoneCoverage.Sdk;

/// <summary>
/// Maps the canonical category and urgency to a customer's own list, as read from their PMS. An operator's override
/// in the property's connection settings wins (<c>categoryMap:plumbing</c> = a code of the list,
/// <c>priorityMap:emergency</c> = a code); otherwise the first entry whose code or description contains one of the
/// canonical value's words, in order of preference. Nothing about a customer's list is hard-coded: only the words of
/// the canonical taxonomy are.
/// </summary>
public static class VocabularyMapping
{
    private static readonly Dictionary<Category, string[]> CategoryWords = new()
    {
        [Category.Plumbing] = ["plumb", "water", "leak", "drain", "toilet", "pipe"],
        [Category.Hvac] = ["hvac", "heat", "air cond", "a/c", "cooling", "furnace", "boiler"],
        [Category.Electrical] = ["electric", "power", "outlet", "light"],
        [Category.Appliance] = ["appliance", "refrigerator", "fridge", "dishwasher", "oven", "stove", "washer", "dryer"],
        [Category.LocksAccess] = ["lock", "key", "access", "door"],
        [Category.Pest] = ["pest", "extermin", "bug", "rodent", "insect"],
        [Category.Structural] = ["structur", "carpent", "drywall", "wall", "ceiling", "floor", "window", "roof", "repair"],
        [Category.Elevator] = ["elevator", "lift"],
        [Category.LifeSafety] = ["life safety", "fire", "smoke", "gas", "safety", "alarm"],
        [Category.Security] = ["security", "gate", "intrusion"],
        [Category.Noise] = ["noise", "nuisance", "complaint"],
        [Category.Billing] = ["billing", "account", "rent"],
        [Category.General] = ["general", "other", "misc", "service"],
    };

    private static readonly Dictionary<Urgency, string[]> PriorityWords = new()
    {
        [Urgency.Emergency] = ["emergency", "critical", "urgent", "high"],
        [Urgency.Urgent] = ["24 hour", "urgent", "high", "med"],
        [Urgency.Routine] = ["normal", "routine", "standard", "med", "low"],
        [Urgency.None] = ["low", "normal", "routine"],
    };

    /// <summary>The customer's category for a canonical one.</summary>
    /// <param name="vocabulary">The customer's lists.</param>
    /// <param name="category">The canonical category.</param>
    /// <param name="settings">The property's connection settings, for overrides.</param>
    /// <returns>The entry; <c>unknown_category</c> (permanent) when no entry fits and the list has no general one.</returns>
    public static Result<VocabularyEntry> MapCategory(PmsVocabulary vocabulary, Category category, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(settings);
        return Map(vocabulary.Categories, $"categoryMap:{category.ToWire()}", CategoryWords[category].Concat(category == Category.General ? [] : CategoryWords[Category.General]), settings, "unknown_category", $"category '{category.ToWire()}'");
    }

    /// <summary>The customer's priority for a canonical urgency.</summary>
    /// <param name="vocabulary">The customer's lists.</param>
    /// <param name="urgency">The canonical urgency.</param>
    /// <param name="settings">The property's connection settings, for overrides.</param>
    /// <returns>The entry; <c>unknown_priority</c> (permanent) when no entry fits.</returns>
    public static Result<VocabularyEntry> MapPriority(PmsVocabulary vocabulary, Urgency urgency, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(settings);
        return Map(vocabulary.Priorities, $"priorityMap:{urgency.ToWire()}", PriorityWords[urgency], settings, "unknown_priority", $"urgency '{urgency.ToWire()}'");
    }

    private static Result<VocabularyEntry> Map(
        IReadOnlyList<VocabularyEntry> entries, string overrideKey, IEnumerable<string> words, IReadOnlyDictionary<string, string> settings, string errorCode, string what)
    {
        if (settings.TryGetValue(overrideKey, out var code) && code.Length > 0)
        {
            return entries.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase)) is { } chosen
                ? Result<VocabularyEntry>.Success(chosen)
                : Result<VocabularyEntry>.Failure(ProviderError.Permanent(errorCode, $"the override {overrideKey} names '{code}', which the PMS's list does not have"));
        }

        foreach (var word in words)
        {
            if (entries.FirstOrDefault(e => e.Code.Contains(word, StringComparison.OrdinalIgnoreCase) || e.Description.Contains(word, StringComparison.OrdinalIgnoreCase)) is { } match)
            {
                return Result<VocabularyEntry>.Success(match);
            }
        }

        return Result<VocabularyEntry>.Failure(ProviderError.Permanent(errorCode,
            $"no entry of the PMS's list fits {what}; set {overrideKey} in the property's connection settings"));
    }
}
