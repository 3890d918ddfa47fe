namespace AiPhoneCoverage.Hub.Storage;

/// <summary>The topics of the change feed.</summary>
internal static class ChangeTopics
{
    /// <summary>A property's residents changed; the subject is the property id.</summary>
    public const string Roster = "roster";

    /// <summary>A portfolio's properties or routed numbers changed; the subject is the portfolio id.</summary>
    public const string Properties = "properties";

    /// <summary>A portfolio's on-call contacts, rotations or overrides changed; the subject is the portfolio id.</summary>
    public const string OnCall = "oncall";
}
