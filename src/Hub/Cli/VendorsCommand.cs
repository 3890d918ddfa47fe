using System.CommandLine;
using System.Globalization;
using AiPhoneCoverage.Hub.Routing;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Vendors;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc vendors list` (the vendors and where each is preferred) and `aipc vendors dispatches` (the work orders sent to
/// vendors and what became of them), for the demo portfolio unless another is named. Settings are never printed; SMS
/// numbers are masked except in JSON.
/// </summary>
internal static class VendorsCommand
{
    public static Command Create() => new("vendors", "Vendors work orders are dispatched to, and the dispatches") { List(), Dispatches() };

    private static Option<string?> Portfolio() => new("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };

    private static Command List()
    {
        var portfolio = Portfolio();
        var json = CliOptions.Json();
        var command = new Command("list", "The portfolio's vendors, their dispatcher plugins and where each is preferred") { portfolio, json };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId));
            var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
            var preferred = (await db.PreferredVendors.AsNoTracking().ToListAsync(ct)).ToLookup(p => p.VendorId);
            var vendors = (await db.Vendors.AsNoTracking().OrderBy(v => v.Code).ToListAsync(ct)).Select(v => new
            {
                code = v.Code,
                name = v.Name,
                dispatcher = v.Dispatcher,
                smsPhone = v.SmsPhone,
                preferred = preferred[v.Id]
                    .OrderBy(p => p.PropertyId is null).ThenBy(p => p.PropertyId is { } id ? properties[id] : string.Empty, StringComparer.Ordinal)
                    .ThenBy(p => Trades.All.ToList().IndexOf(p.Trade)).ThenBy(p => p.Rank)
                    .Select(p => new { property = p.PropertyId is { } id ? properties[id] : null, trade = p.Trade, rank = p.Rank + 1, notToExceed = p.NotToExceed })
                    .ToList(),
            }).ToList();
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(vendors));
                return 0;
            }

            TextTable.Write(output, ["CODE", "NAME", "DISPATCHER", "SMS", "PREFERRED FOR (RANK, NOT TO EXCEED)"], vendors.Select(v => (IReadOnlyList<string>)
            [
                v.code, v.name, v.dispatcher, v.smsPhone is null ? "-" : OnCallContact.MaskPhone(v.smsPhone),
                v.preferred.Count == 0 ? "-" : string.Join(", ", v.preferred.Select(p => $"{p.property ?? "*"} {p.trade} #{p.rank} {Amount(p.notToExceed)}")),
            ]));
            return 0;
        }, ct));
        return command;
    }

    private static Command Dispatches()
    {
        var portfolio = Portfolio();
        var limit = new Option<int>("--limit") { Description = "How many of the latest", DefaultValueFactory = _ => 50 };
        var json = CliOptions.Json();
        var command = new Command("dispatches", "The latest vendor dispatches, newest first") { portfolio, limit, json };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId));
            var vendors = await db.Vendors.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Code, ct);
            var dispatches = (await db.VendorDispatches.AsNoTracking().OrderByDescending(d => d.Id).Take(Math.Clamp(parseResult.GetValue(limit), 1, 10_000)).ToListAsync(ct))
                .Select(d => new
                {
                    workOrder = d.WorkOrderRef,
                    vendor = vendors[d.VendorId],
                    trade = d.Trade,
                    notToExceed = d.NotToExceed,
                    status = d.Status,
                    vendorStatus = d.VendorStatus,
                    externalId = d.ExternalId,
                    queuedAt = d.CreatedAt,
                    sentAt = d.SentAt,
                    acceptedAt = d.AcceptedAt,
                    nextStatusRead = d.NextPollAt,
                    call = d.Subject,
                })
                .ToList();
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(dispatches));
                return 0;
            }

            TextTable.Write(output, ["WORK ORDER", "VENDOR", "TRADE", "NTE", "STATUS", "VENDOR STATUS", "EXTERNAL ID", "QUEUED", "CALL"], dispatches.Select(d => (IReadOnlyList<string>)
            [
                d.workOrder, d.vendor, d.trade, Amount(d.notToExceed), d.status, d.vendorStatus ?? "-", d.externalId ?? "-",
                d.queuedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture), d.call,
            ]));
            return 0;
        }, ct));
        return command;
    }

    private static string Amount(decimal? amount) => amount is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
