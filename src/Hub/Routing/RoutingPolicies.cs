using System.Runtime.CompilerServices;
using System.Text.Json;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Routing;

/// <summary>
/// The portfolio file's <c>escalation</c>, <c>sla</c> and <c>messages</c> sections: checked on import, stored as written
/// in <c>routing_policies</c>, exported back, and read as a <see cref="RoutingPolicy"/> by the escalation, the SLA clocks
/// and the resident texts. A section left out of a file keeps what the portfolio has.
/// </summary>
internal static class RoutingPolicies
{
    private static readonly ConditionalWeakTable<HubDbContext, RoutingPolicy> Loaded = new();

    public static IEnumerable<string> Validate(PortfolioDocument document)
    {
        var problems = new List<string>();
        if (document.Escalation is { } escalation && EscalationPolicy.Read(escalation, problems) is { } policy && document.Contacts is { } contacts)
        {
            foreach (var tier in policy.Tiers.Where(t => t.Target.Kind == EscalationTarget.Contact && contacts.All(c => c.Id != t.Target.ContactCode)))
            {
                problems.Add($"escalation: tier '{tier.Name}' names contact '{tier.Target.ContactCode}', which is not in contacts");
            }
        }

        if (document.Sla is { } sla)
        {
            SlaPolicy.Read(sla, problems);
        }

        if (document.Messages is { } messages)
        {
            problems.AddRange(ResidentMessages.Problems(messages));
        }

        return problems;
    }

    /// <summary>Writes the file's sections into the unit of work (a section left out is kept).</summary>
    public static async Task WriteAsync(HubDbContext db, Guid portfolioId, PortfolioDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (document.Escalation is null && document.Sla is null && document.Messages is null)
        {
            return;
        }

        var row = await db.RoutingPolicies.SingleOrDefaultAsync(p => p.PortfolioId == portfolioId, cancellationToken);
        if (row is null)
        {
            row = new RoutingPolicyRecord { PortfolioId = portfolioId };
            db.RoutingPolicies.Add(row);
        }

        row.EscalationJson = document.Escalation is null ? row.EscalationJson : JsonSerializer.Serialize(document.Escalation, PortfolioJson.Options);
        row.SlaJson = document.Sla is null ? row.SlaJson : JsonSerializer.Serialize(document.Sla, PortfolioJson.Options);
        row.MessagesJson = document.Messages is null ? row.MessagesJson : JsonSerializer.Serialize(document.Messages, PortfolioJson.Options);
        row.UpdatedAt = now;
    }

    /// <summary>The sections as stored, for `aipc portfolio export`.</summary>
    public static async Task<(EscalationDocument? Escalation, SlaDocument? Sla, MessagesDocument? Messages)> ExportAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.RoutingPolicies.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? (null, null, null)
            : (Deserialize<EscalationDocument>(row.EscalationJson), Deserialize<SlaDocument>(row.SlaJson), Deserialize<MessagesDocument>(row.MessagesJson));
    }

    /// <summary>
    /// The portfolio's policy, over the defaults, read once per unit of work: a call turn that queues a work order,
    /// pages and confirms asks for it several times. Stored sections were checked on import.
    /// </summary>
    public static async Task<RoutingPolicy> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (Loaded.TryGetValue(db, out var loaded))
        {
            return loaded;
        }

        var policy = await ReadAsync(db, cancellationToken);
        Loaded.AddOrUpdate(db, policy);
        return policy;
    }

    private static async Task<RoutingPolicy> ReadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.RoutingPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.PortfolioId == db.Scope.PortfolioId, cancellationToken);
        if (row is null)
        {
            return RoutingPolicy.Default;
        }

        var ignored = new List<string>();
        return new RoutingPolicy(
            Deserialize<EscalationDocument>(row.EscalationJson) is { } escalation ? EscalationPolicy.Read(escalation, ignored) ?? EscalationPolicy.Default : EscalationPolicy.Default,
            Deserialize<SlaDocument>(row.SlaJson) is { } sla ? SlaPolicy.Read(sla, ignored) ?? SlaPolicy.Default : SlaPolicy.Default,
            ResidentMessages.From(Deserialize<MessagesDocument>(row.MessagesJson)));
    }

    private static T? Deserialize<T>(string? json)
        where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, PortfolioJson.Options);
}
