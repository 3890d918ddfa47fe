using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Pms;

/// <summary>What one roster sync did: whole or incremental, how many residents read, and what the import changed.</summary>
internal sealed record PmsSyncResult(bool Whole, int Read, RosterImportResult Import, TimeSpan Took);
