namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>Where an escalation is.</summary>
internal static class EscalationStatus
{
    /// <summary>Pages are going out; nobody has acknowledged yet.</summary>
    public const string Paging = "paging";

    public const string Acknowledged = "acknowledged";

    /// <summary>Every tier was paged and nobody acknowledged.</summary>
    public const string Exhausted = "exhausted";
}
