using System.CommandLine;
using AiPhoneCoverage.Hub.Escalations;
using AiPhoneCoverage.Hub.Storage;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc escalations list [--portfolio CODE] [--call SID] [--limit N] [--json]`: each escalation with its pages (who, channel, sent, acknowledged, timed out).</summary>
internal static class EscalationsCommand
{
    public static Command Create() => new("escalations", "Emergency pages: who was paged, how, and who acknowledged") { List() };

    private static Command List()
    {
        var portfolio = new Option<string?>("--portfolio") { Description = "Portfolio code (default: demo)", DefaultValueFactory = _ => "demo" };
        var call = new Option<string?>("--call") { Description = "Only this call's (CallSid)" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest", DefaultValueFactory = _ => 20 };
        var json = CliOptions.Json();
        var command = new Command("list", "The latest escalations, newest first") { portfolio, call, limit, json };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, portfolioId, output) =>
        {
            await using var db = services.Get<HubDatabase>().Open(PortfolioScope.For(portfolioId));
            var escalations = await EscalationView.LoadAsync(db, parseResult.GetValue(call), Math.Clamp(parseResult.GetValue(limit), 1, 1000), ct);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Serialize(escalations));
                return 0;
            }

            if (escalations.Count == 0)
            {
                await output.WriteLineAsync("No escalations.");
            }

            foreach (var escalation in escalations)
            {
                await EscalationPrinter.PrintAsync(output, escalation);
            }

            return 0;
        }, ct));
        return command;
    }
}
