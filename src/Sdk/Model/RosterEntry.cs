namespace AiPhoneCoverage.Sdk;

/// <summary>One resident as a PMS (or a CSV roster) describes them.</summary>
/// <param name="ExternalId">The resident's code in the PMS (Yardi tenant code, RealPage member id, AppFolio tenant id).</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="UnitCode">The unit as the PMS names it, for example <c>4B</c>.</param>
/// <param name="Phones">Phone numbers in any format; the hub normalises them to E.164.</param>
/// <param name="Email">E-mail address, if known.</param>
/// <param name="Status">Lease status.</param>
public sealed record RosterEntry(
    string ExternalId,
    string FirstName,
    string LastName,
    string UnitCode,
    IReadOnlyList<string> Phones,
    string? Email = null,
    ResidentStatus Status = ResidentStatus.Current);
