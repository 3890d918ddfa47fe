using System.CommandLine;
using System.Globalization;
using AiPhoneCoverage.Hub.Calls;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc calls list [--portfolio CODE] [--limit N] [--json]` and `aipc calls show CALLSID [--portfolio CODE] [--json]`.</summary>
internal static class CallsCommand
{
    public static Command Create() => new("calls", "The calls a portfolio received: their transcripts and audit trails") { List(), Show() };

    private static Command List()
    {
        var portfolio = new Option<string?>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest calls", DefaultValueFactory = _ => 20 };
        var json = CliOptions.Json();
        var command = new Command("list", "The latest calls, newest first") { portfolio, limit, json };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId));
            var calls = await (
                    from call in db.Calls
                    join property in db.Properties on new { call.PortfolioId, Id = call.PropertyId } equals new { property.PortfolioId, property.Id }
                    orderby call.Id descending
                    select new { call.CallSid, call.StartedAt, property = property.Code, call.Status, call.UnitCode, call.Category, call.Urgency, call.LifeSafety, call.Rule })
                .Take(Math.Clamp(parseResult.GetValue(limit), 1, 1000)).ToListAsync(ct);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(calls));
            }
            else
            {
                TextTable.Write(output, ["CALL", "STARTED", "PROPERTY", "STATUS", "UNIT", "CATEGORY", "URGENCY", "RULE"], calls.Select(c => (IReadOnlyList<string>)
                [
                    c.CallSid, c.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), c.property, c.Status, c.UnitCode ?? "-",
                    c.Category ?? "-", (c.Urgency ?? "-") + (c.LifeSafety ? " (life safety)" : string.Empty), c.Rule ?? "-",
                ]));
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var callSid = new Argument<string>("callSid") { Description = "The call's id (Twilio CallSid)" };
        var portfolio = new Option<string?>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var json = CliOptions.Json();
        var command = new Command("show", "A call's transcript, decision, work orders, notifications and audit trail") { callSid, portfolio, json };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId));
            var report = await CallReport.LoadAsync(db, parseResult.GetValue(callSid)!, ct);
            if (report is null)
            {
                await output.WriteLineAsync($"error: no call '{parseResult.GetValue(callSid)}' in this portfolio");
                return 3;
            }

            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(new
                {
                    report.CallSid, report.Status, property = report.PropertyCode, report.StartedAt, report.EndedAt, resident = report.ResidentExternalId,
                    unit = report.UnitCode, report.Transcript, triage = report.Triage, report.WorkOrders, report.Notifications,
                    trail = report.Trail.Select(t => new { t.At, t.Kind, detail = t.DetailJson }),
                }));
                return 0;
            }

            await CallPrinter.PrintReportAsync(output, report);
            await output.WriteLineAsync("Audit trail:");
            foreach (var entry in report.Trail)
            {
                await output.WriteLineAsync($"  {entry.At:yyyy-MM-dd HH:mm:ss.fff} {entry.Kind,-26} {entry.Detail}");
            }

            return 0;
        }, ct));
        return command;
    }
}
