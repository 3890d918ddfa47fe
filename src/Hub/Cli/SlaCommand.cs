using System.CommandLine;
using System.Globalization;
using AiPhoneCoverage.Hub.Sla;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc sla report` with a portfolio, a first and a last day (yyyy-MM-dd), and optionally a CSV file and JSON output:
/// SLA compliance per property, urgency and target of the work orders whose intake falls in those days, each property's
/// days in its own time zone. Reads the database (whether or not a hub serves it). Exit 0, 2 for bad dates, 1 for an
/// unknown portfolio.
/// </summary>
internal static class SlaCommand
{
    public static Command Create() => new("sla", "SLA clocks: how work orders did against their targets") { Report() };

    private static Command Report()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var from = new Option<string>("--from") { Description = "First day of intake, yyyy-MM-dd, in each property's time zone", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of intake (inclusive), yyyy-MM-dd", Required = true };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write the report to this CSV file" };
        var json = CliOptions.Json();
        var command = new Command("report", "Compliance per property, urgency and target: met, breached, open, median and worst time to meet")
        {
            portfolio, from, to, csv, json,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!TryDay(parseResult.GetValue(from), out var first) || !TryDay(parseResult.GetValue(to), out var last))
            {
                await output.WriteLineAsync("error: --from and --to take calendar days as yyyy-MM-dd, for example 2026-11-01");
                return 2;
            }

            if (last < first)
            {
                await output.WriteLineAsync($"error: --to {last:yyyy-MM-dd} is before --from {first:yyyy-MM-dd}");
                return 2;
            }

            return await CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, writer) =>
            {
                var days = new SlaReportDays(first, last);
                var now = services.Get<TimeProvider>().GetUtcNow();
                IReadOnlyList<SlaReportRow> rows;
                await using (var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId)))
                {
                    rows = await SlaReport.ComputeAsync(db, days, now, ct);
                }

                if (parseResult.GetValue(json))
                {
                    await writer.WriteLineAsync(CliJson.Serialize(SlaReportPrinter.Json(parseResult.GetValue(portfolio)!, days, now, rows)));
                }
                else
                {
                    await SlaReportPrinter.PrintAsync(writer, parseResult.GetValue(portfolio)!, days, now, rows);
                }

                if (parseResult.GetValue(csv) is { } file)
                {
                    await using (var stream = new StreamWriter(file.FullName))
                    {
                        SlaReportCsv.Write(stream, rows);
                    }

                    if (!parseResult.GetValue(json))
                    {
                        await writer.WriteLineAsync($"wrote {rows.Count} lines to {file.FullName}");
                    }
                }

                return 0;
            }, ct);
        });
        return command;
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
