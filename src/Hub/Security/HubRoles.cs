namespace AiPhoneCoverage.Hub.Security;

/// <summary>The roles an API key may carry.</summary>
internal static class HubRoles
{
    /// <summary>Designs, saves and publishes workflows (Elsa Studio).</summary>
    public const string Designer = "designer";

    /// <summary>Watches calls and work orders; reads workflows.</summary>
    public const string Operator = "operator";

    public static IReadOnlyList<string> All { get; } = [Designer, Operator];
}
