namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>One tier of the escalation section.</summary>
internal sealed record EscalationTierDocument
{
    /// <summary>What the audit trail and `aipc escalations list` call it (<c>primary</c>, <c>backup</c>, ...).</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Who: <c>on-call</c> (whoever the on-call schedule names for the trade), <c>backup</c> (the rotation's next member),
    /// <c>supervisor</c> or <c>manager</c> (the rotation's escalation contact of that role), or <c>contact:&lt;code&gt;</c>.
    /// </summary>
    public required string Target { get; init; }

    /// <summary><c>sms</c>, <c>voice</c> (a call that reads the work order and asks to press 1), or both.</summary>
    public IReadOnlyList<string> Channels { get; init; } = ["sms"];

    /// <summary>How long the tier waits for an acknowledgement (<c>00:05:00</c>; seconds are fine for drills).</summary>
    public required string Timeout { get; init; }

    /// <summary>How many more times the tier is paged before the next tier.</summary>
    public int Repeats { get; init; }
}
