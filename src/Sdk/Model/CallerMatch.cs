namespace AiPhoneCoverage.Sdk;

/// <summary>A resident whose phone number matches an incoming caller ID.</summary>
/// <param name="ResidentId">The hub's id of the resident.</param>
/// <param name="PortfolioCode">The portfolio the resident belongs to.</param>
/// <param name="PropertyCode">The property.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="ExternalId">The resident's code in the PMS or roster.</param>
/// <param name="FirstName">Given name, for the greeting.</param>
/// <param name="LastName">Family name.</param>
public sealed record CallerMatch(
    Guid ResidentId,
    string PortfolioCode,
    string PropertyCode,
    string UnitCode,
    string ExternalId,
    string FirstName,
    string LastName);
