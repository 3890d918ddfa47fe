namespace AiPhoneCoverage.Hub.Triage;

/// <summary>A follow-up the hub asked and what the caller said next (possibly nothing useful).</summary>
internal sealed record FollowUpAnswer(FollowUp Question, string Text);
