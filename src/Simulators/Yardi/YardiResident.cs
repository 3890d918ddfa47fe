namespace AiPhoneCoverage.Simulators;

/// <summary>
/// A resident as the simulated Voyager database holds it. <paramref name="Status"/> is Yardi's tenant status
/// (<c>Current</c>, <c>Notice</c>, <c>Future</c>, <c>Past</c>, ...). The phone goes out as the mobile number, the
/// alternate one as the home number, each in the roster's own format.
/// </summary>
public sealed record YardiResident(
    string ResidentCode,
    string FirstName,
    string LastName,
    string UnitCode,
    string Phone,
    string? AltPhone,
    string? Email,
    string Status = "Current")
{
    public static YardiResident From(SeedResident seed, string status = "Current")
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new(seed.ResidentId, seed.FirstName, seed.LastName, seed.Unit, seed.Phone, seed.AltPhone, seed.Email, status);
    }
}
