namespace AiPhoneCoverage.Plugins.RealPage;

/// <summary>
/// The hub's correlation key inside a service request: <c>[aipc:{key}]</c> at the start of <c>servicedetails</c>, the
/// only free-text field RPX stores from a create (notes are UI-only, pms-apis.md §2.4). At the start, so that a
/// gateway that shortens long details keeps it; with brackets, so that key <c>…:wo1</c> never matches <c>…:wo10</c>.
/// </summary>
internal static class CorrelationMarker
{
    public static string For(string correlationKey) => $"[aipc:{correlationKey}]";

    public static bool IsIn(string? details, string correlationKey) =>
        details is not null && details.Contains(For(correlationKey), StringComparison.Ordinal);
}
