namespace AiPhoneCoverage.Sdk;

/// <summary>A customer's own lists, as read from their PMS. Connectors never hard-code them.</summary>
/// <param name="Categories">Work-order categories (Yardi categories, RealPage problems, AppFolio trades).</param>
/// <param name="Priorities">Priorities.</param>
/// <param name="Statuses">Statuses.</param>
public sealed record PmsVocabulary(
    IReadOnlyList<VocabularyEntry> Categories,
    IReadOnlyList<VocabularyEntry> Priorities,
    IReadOnlyList<VocabularyEntry> Statuses);
