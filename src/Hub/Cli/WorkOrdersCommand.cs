using System.CommandLine;
using System.Globalization;
using AiPhoneCoverage.Hub.Outbox;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc workorders list [--property CODE] [--portfolio CODE] [--limit N] [--json]`: the work orders the hub queued and what became of them.</summary>
internal static class WorkOrdersCommand
{
    public static Command Create() => new("workorders", "Work orders queued for the PMSs: delivered, pending, failed or dead") { List() };

    private static Command List()
    {
        var property = new Option<string?>("--property") { Description = "Only this property's" };
        var portfolio = new Option<string?>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest", DefaultValueFactory = _ => 50 };
        var json = CliOptions.Json();
        var command = new Command("list", "The latest work orders, newest first") { property, portfolio, limit, json };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId));
            var pms = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.PmsPlugin, StringComparer.Ordinal, ct);
            var rows = (await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.WorkOrder).OrderByDescending(o => o.Id)
                    .Take(Math.Clamp(parseResult.GetValue(limit), 1, 10_000) * 4).ToListAsync(ct))
                .Select(o => (Row: o, Order: WorkOrderPayload.Read(o.PayloadJson)))
                .Where(x => parseResult.GetValue(property) is not { } code || x.Order.PropertyCode == code)
                .Take(parseResult.GetValue(limit))
                .Select(x => new
                {
                    id = x.Order.Reference,
                    property = x.Order.PropertyCode,
                    pms = pms.GetValueOrDefault(x.Order.PropertyCode),
                    externalId = x.Row.ExternalId,
                    status = x.Row.Status,
                    category = x.Order.Category,
                    urgency = x.Order.Urgency,
                    unit = x.Order.UnitCode,
                    attempts = x.Row.Attempts,
                    lastError = x.Row.LastError,
                    queuedAt = x.Row.CreatedAt,
                    call = x.Row.Subject,
                })
                .ToList();
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(rows));
                return 0;
            }

            TextTable.Write(output, ["ID", "PROPERTY", "PMS", "EXTERNAL ID", "STATUS", "CATEGORY", "URGENCY", "ATTEMPTS", "LAST ERROR"], rows.Select(r => (IReadOnlyList<string>)
            [
                r.id, r.property, r.pms ?? "-", r.externalId ?? "-", r.status, r.category, r.urgency, r.attempts.ToString(CultureInfo.InvariantCulture), r.lastError ?? "-",
            ]));
            return 0;
        }, ct));
        return command;
    }
}
