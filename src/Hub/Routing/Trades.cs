using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// The trades on-call rotations are kept by (the Dispatch activity's Trade input). <see cref="General"/> is the fallback
/// when a place has no rotation for the trade asked.
/// </summary>
internal static class Trades
{
    public const string Plumbing = "plumbing";
    public const string Hvac = "hvac";
    public const string Electrical = "electrical";
    public const string General = "general";

    public static IReadOnlyList<string> All { get; } = [Plumbing, Hvac, Electrical, General];

    public static string Listed => "plumbing, hvac, electrical or general";

    public static bool TryParse(string? text, out string trade)
    {
        trade = text?.Trim().ToLowerInvariant() ?? string.Empty;
        return All.Contains(trade);
    }

    /// <summary>The trade that answers a work order of this category: its own for the three trades, general for the rest.</summary>
    public static string ForCategory(Category category) => category switch
    {
        Category.Plumbing => Plumbing,
        Category.Hvac => Hvac,
        Category.Electrical => Electrical,
        _ => General,
    };
}
