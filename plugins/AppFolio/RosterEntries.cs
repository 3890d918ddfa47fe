using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Plugins.AppFolio;

/// <summary>Tenants as roster entries: the unit's name for its id, every phone number once, the lease status mapped.</summary>
internal static class RosterEntries
{
    public static RosterEntry From(TenantDto tenant, string unitCode)
    {
        var phones = (tenant.PhoneNumbers ?? []).Select(p => p.Number).Append(tenant.Phone)
            .OfType<string>().Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new RosterEntry(
            tenant.Id!, tenant.FirstName?.Trim() ?? string.Empty, tenant.LastName?.Trim() ?? string.Empty, unitCode, phones,
            string.IsNullOrWhiteSpace(tenant.Email) ? null : tenant.Email.Trim(), Status(tenant.Status));
    }

    /// <summary>AppFolio's tenant statuses: Current and Notice live there; Future has signed; Past and Evict have left.</summary>
    public static ResidentStatus Status(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "FUTURE" => ResidentStatus.Future,
        "PAST" or "EVICT" or "EVICTED" or "MOVED OUT" => ResidentStatus.MovedOut,
        _ => ResidentStatus.Current,
    };

    public static string UnitCode(UnitDto unit) => (unit.Name ?? unit.UnitNumber ?? unit.Id ?? string.Empty).Trim();
}
