namespace AiPhoneCoverage.Hub.Calls;

/// <summary>
/// A call's statuses in the order they can happen. A status callback only ever moves a call forward: one that arrives
/// late (in-progress after completed) is recorded in the audit trail and changes nothing.
/// </summary>
internal static class CallStatusOrder
{
    public const string Ringing = "ringing";
    public const string InProgress = "in-progress";

    public static int Rank(string status) => status switch
    {
        "queued" or "initiated" => 0,
        Ringing => 1,
        InProgress or "answered" => 2,
        "completed" or "busy" or "failed" or "no-answer" or "canceled" => 3,
        _ => -1,
    };

    public static bool IsFinal(string status) => Rank(status) == 3;

    /// <summary>Whether moving from <paramref name="current"/> to <paramref name="next"/> is forward.</summary>
    public static bool Advances(string current, string next) => Rank(next) > Rank(current);
}
