namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>What an acknowledgement did.</summary>
internal enum AckOutcome
{
    /// <summary>It ended the escalation: this contact has the work order.</summary>
    Accepted,

    /// <summary>Someone else had accepted it already.</summary>
    AlreadyAccepted,

    /// <summary>The escalation had ended without an acceptance (every tier paged), or is not waiting.</summary>
    Ended,
}
