namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>One executed activity: its id and type, the outcome it took (or suspended/faulted), and when.</summary>
internal sealed record JournalEntry(string ActivityId, string Type, string Outcome, DateTimeOffset At);
