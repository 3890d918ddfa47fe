namespace AiPhoneCoverage.Sdk;

/// <summary>One page of a property's roster.</summary>
/// <param name="Residents">The residents on this page.</param>
/// <param name="NextCursor">Pass it back to read the next page; <see langword="null"/> on the last page.</param>
/// <param name="IsIncremental">Whether the page holds only changes since the cursor the hub passed, rather than the whole roster.</param>
public sealed record RosterPage(IReadOnlyList<RosterEntry> Residents, string? NextCursor, bool IsIncremental = false);
