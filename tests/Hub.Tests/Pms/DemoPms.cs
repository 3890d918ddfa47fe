using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.Hub.Tests.Pms;

/// <summary>One demo property per PMS: its number, a resident with one home, and how to read its simulator's ledger.</summary>
public sealed record DemoPms(string Plugin, string Property, string Number, string Resident, string ResidentNumber, string Unit)
{
    public static readonly DemoPms Yardi = new("yardi", "maple-court", "+16175550100", "t0010041", "+16175551000", "1A");
    public static readonly DemoPms RealPage = new("realpage", "river-bend", "+15125551100", "880107", "+15125551101", "102");
    public static readonly DemoPms AppFolio = new("appfolio", "sunset-vista", "+12135552100", "5000", "+12135551200", "1A");

    public static DemoPms Named(string plugin) => plugin switch { "yardi" => Yardi, "realpage" => RealPage, _ => AppFolio };

    /// <summary>The work orders in the simulator as (description text, unit, resident, category, priority).</summary>
    internal static IReadOnlyList<(string Text, string? Unit, string? Resident, string? Category, string? Priority)> Ledger(PmsSimulator simulator) => simulator switch
    {
        YardiSimulator yardi => yardi.WorkOrders.Select(w => ($"{w.BriefDescription}\n{w.FullDescription}", w.UnitCode, w.TenantCode, w.Category, w.Priority)).ToList(),
        RealPageSimulator realPage => realPage.WorkOrders.Select(w => (w.ServiceDetails ?? string.Empty, (string?)w.UnitNumber, w.ResidentMemberId, (string?)w.Problem.Description, w.Priority?.Description)).ToList(),
        AppFolioSimulator appFolio => appFolio.WorkOrders.Select(w => (w.JobDescription, appFolio.Units.FirstOrDefault(u => u.Id == w.UnitId)?.Name, w.OccupancyId, w.VendorTrade, (string?)w.Priority)).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(simulator)),
    };
}
