using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Hub.Residents;

/// <summary>One valid row of a roster CSV, phones already in E.164.</summary>
internal sealed record RosterRow(
    int Line,
    string ResidentId,
    string FirstName,
    string LastName,
    string Unit,
    IReadOnlyList<string> Phones,
    string? Email,
    ResidentStatus Status = ResidentStatus.Current);
