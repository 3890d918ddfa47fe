namespace AiPhoneCoverage.Hub.Escalations;

/// <summary>The Escalation workflow's variables: which escalation it runs and where it is in the tiers.</summary>
internal static class EscalationVariables
{
    /// <summary>The escalations row (N format).</summary>
    public const string EscalationId = "EscalationId";

    /// <summary>0-based index of the tier paged last.</summary>
    public const string Tier = "EscalationTier";

    /// <summary>1-based page of that tier.</summary>
    public const string Attempt = "EscalationAttempt";

    /// <summary>The step paged last (N format): what a timeout or an acknowledgement settles.</summary>
    public const string StepId = "EscalationStepId";

    /// <summary>The paged tier's acknowledgement timeout in seconds, which WaitForAcknowledgement uses when its own input is empty.</summary>
    public const string TimeoutSeconds = "EscalationTimeoutSeconds";
}
