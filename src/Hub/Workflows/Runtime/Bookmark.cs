namespace AiPhoneCoverage.Hub.Workflows.Runtime;

/// <summary>A place where an instance waits: for the caller's next words, an acknowledgement, or a timer.</summary>
/// <param name="Id">Unique within the instance; what a resume names.</param>
/// <param name="ActivityId">The activity that suspended.</param>
/// <param name="Kind">input, acknowledgement or timer.</param>
/// <param name="DueAt">For a timer (or a timeout), when it fires.</param>
internal sealed record Bookmark(string Id, string ActivityId, string Kind, DateTimeOffset? DueAt);
