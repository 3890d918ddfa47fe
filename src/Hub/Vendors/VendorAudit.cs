using System.Text.Json;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Vendors;

/// <summary>Adds a vendor routing entry to the audit trail of the call that raised the work order. Details carry no personal data.</summary>
internal static class VendorAudit
{
    public static void Add(HubDbContext db, string subject, string kind, object detail, DateTimeOffset at) => db.AuditEntries.Add(new AuditEntryRecord
    {
        PortfolioId = db.Scope.PortfolioId,
        Id = AuditIds.Next(at),
        Subject = subject,
        At = at,
        Kind = kind,
        Detail = JsonSerializer.Serialize(detail, AuditJson.Options),
    });
}
