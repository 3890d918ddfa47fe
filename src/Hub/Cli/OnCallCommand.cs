using System.CommandLine;
using System.Globalization;
using AiPhoneCoverage.Hub.Portfolios;
using AiPhoneCoverage.Hub.Routing;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>
/// `aipc oncall who --property CODE --trade TRADE [--at TIME] [--portfolio CODE] [--json]` (exit 0 with someone on call,
/// 3 with nobody, 2 for a bad trade or time, 1 for an unknown property) and `aipc oncall import FILE.csv --property CODE
/// [--portfolio CODE]` (exit 0 when every line was imported, 2 when some were rejected, 1 when nothing could be).
/// </summary>
internal static class OnCallCommand
{
    public static Command Create() => new("oncall", "On-call schedules: who is on call, and schedules imported from CSV") { Who(), Import() };

    private static Command Who()
    {
        var property = CliOptions.Property();
        var trade = new Option<string>("--trade") { Description = Trades.Listed, Required = true };
        var at = new Option<string?>("--at") { Description = "Local time at the property: yyyy-MM-ddTHH:mm, or HH:mm today (default: now)" };
        var portfolio = CliOptions.Portfolio();
        var json = CliOptions.Json();
        var command = new Command("who", "Who is on call for a property and trade, why, and until when") { property, trade, at, portfolio, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!Trades.TryParse(parseResult.GetValue(trade), out var asked))
            {
                await output.WriteLineAsync($"error: --trade must be {Trades.Listed}");
                return 2;
            }

            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var (target, error) = await services.Get<PropertyDirectory>().FindAsync(parseResult.GetValue(property)!, parseResult.GetValue(portfolio), cancellationToken);
            if (target is null)
            {
                await output.WriteLineAsync($"error: {error}");
                return 1;
            }

            var oncall = services.Get<OnCallService>();
            var schedule = await oncall.LoadAsync(target, cancellationToken);
            var now = services.Get<TimeProvider>().GetUtcNow();
            if (!TryInstant(parseResult.GetValue(at), schedule.Zone, now, out var instant))
            {
                await output.WriteLineAsync("error: --at takes the property's local time as yyyy-MM-ddTHH:mm or HH:mm, for example 2026-03-08T02:30");
                return 2;
            }

            var answer = OnCallResolver.WhoIsOnCall(schedule, asked, instant);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(OnCallPrinter.Json(target, asked, schedule.Zone, instant, answer)));
            }
            else
            {
                await OnCallPrinter.PrintAsync(output, target, asked, schedule.Zone, instant, answer);
            }

            return answer.Contact is null ? 3 : 0;
        });
        return command;
    }

    private static bool TryInstant(string? text, TimeZoneInfo zone, DateTimeOffset now, out DateTimeOffset instant)
    {
        instant = now;
        if (text is null)
        {
            return true;
        }

        if (OnCallText.TryParseLocal(text, out var local))
        {
            instant = LocalTimes.ToInstant(local, zone);
            return true;
        }

        if (TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            var today = DateOnly.FromDateTime(LocalTimes.ToLocal(now, zone));
            instant = LocalTimes.ToInstant(today.ToDateTime(time), zone);
            return true;
        }

        return false;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "On-call CSV: kind, rotation, contact, and the optional columns of docs/routing.md" };
        var property = CliOptions.Property();
        var portfolio = CliOptions.Portfolio();
        var command = new Command("import", "Import a property's rotations and overrides from CSV") { file, property, portfolio };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                await output.WriteLineAsync($"error: {path.FullName} does not exist");
                return 1;
            }

            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var (target, error) = await services.Get<PropertyDirectory>().FindAsync(parseResult.GetValue(property)!, parseResult.GetValue(portfolio), cancellationToken);
            if (target is null)
            {
                await output.WriteLineAsync($"error: {error}");
                return 1;
            }

            OnCallCsvFile csv;
            using (var reader = new StreamReader(path.FullName))
            {
                csv = services.Get<OnCallCsvReader>().Read(reader);
            }

            if (csv.FatalError is not null)
            {
                await output.WriteLineAsync($"error: {path.Name}: {csv.FatalError}; nothing imported");
                return 1;
            }

            var result = await services.Get<OnCallCsvImport>().ImportAsync(target, csv, cancellationToken);
            foreach (var problem in result.Problems)
            {
                await output.WriteLineAsync(problem.ToString());
            }

            await output.WriteLineAsync(
                $"on-call imported into {target.PortfolioCode}/{target.PropertyCode}: {result.RotationsAdded + result.RotationsUpdated} rotations " +
                $"({result.RotationsAdded} added, {result.RotationsUpdated} updated) with {result.Members} members, " +
                $"{result.OverridesAdded} overrides added ({result.OverridesUnchanged} unchanged), " +
                $"{result.ContactsAdded} contacts added, {result.ContactsUpdated} updated; {result.Problems.Count} lines rejected");
            return result.Problems.Count == 0 ? 0 : 2;
        });
        return command;
    }
}
